import type { DraftQuote } from './draft-model.js';
import type { ReadParagraph } from './paragraph-context.js';
import type { ReviewMark } from './review.js';

const QUOTES = /“([^”]+)”|「([^」]+)」|"([^"]+)"/gu;
const SPEECH =
  /(?:说|表示|称|指出|认为|坦言|强调|透露|写道|直言|說|表示|稱|認為|強調|透露|寫道)|\b(?:said|says|told|added|noted|argued|wrote|remarked|explained|warned|according to)\b/u;

/**
 * Direct quotations long enough to be more than a scare-quoted term, with their speaker: the person named
 * nearest before the speech verb of the sentence (or after it, "… said Jane Doe"); without a named
 * speaker the quote is left out.
 */
export function draftQuotes(
  p: ReadParagraph,
  chinese: boolean,
  nameOf: (key: string) => string,
): Omit<DraftQuote, 'id'>[] {
  const out: Omit<DraftQuote, 'id'>[] = [];
  for (const m of p.text.matchAll(QUOTES)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const long = chinese ? inner.length >= 8 : inner.split(/\s+/).length >= 5;
    if (!long) continue;
    const at = m.index!;
    const sentence =
      p.sentences.find((s) => at >= s.start && at < s.start + s.text.length) ??
      p.sentences.find((s) => s.start > at - 2);
    if (!sentence) continue;
    const local = sentence.text.replace(m[0], ' '.repeat(m[0].length));
    const verb = SPEECH.exec(local);
    if (!verb) continue;
    const verbAt = sentence.start + verb.index;
    const people = p.mentions.filter(
      (x) =>
        x.start >= sentence.start &&
        x.end <= sentence.start + sentence.text.length &&
        (x.start < at || x.start > at + m[0].length),
    );
    const persons = people.filter((x) => x.kind === 'person');
    const pool = persons.length > 0 ? persons : people;
    const speaker = [...pool].sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0];
    if (!speaker) continue;
    const review: ReviewMark[] = persons.length > 0 ? [] : [{ kind: 'speaker-guessed', name: nameOf(speaker.key) }];
    out.push({ speaker: speaker.key, text: inner, paragraph: p.id, review });
  }
  return out;
}
