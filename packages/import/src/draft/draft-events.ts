import { findDate, findMonth } from '../structure/dates.js';
import { findBareQuarter } from '../facts/period.js';
import { visualLength } from '../text/cjk.js';
import { splitClauses } from '../text/sentences.js';
import type { DraftEvent } from './draft-model.js';
import type { ReadParagraph } from './paragraph-context.js';

/** One line for the timeline: the sentence, or its clauses up to the one naming the date when the sentence is long. */
function eventText(sentence: string, at: number, chinese: boolean): string {
  const limit = chinese ? 50 : 28;
  let text = sentence;
  if (visualLength(sentence) > limit) {
    const clauses = splitClauses(sentence);
    const i = Math.max(
      0,
      clauses.findIndex((c) => at >= c.start && at < c.start + c.text.length),
    );
    text = clauses
      .slice(0, i + 1)
      .map((c) => c.text)
      .join(chinese ? '，' : ', ');
    if (visualLength(text) > limit * 1.5) text = clauses[i]?.text ?? text;
  }
  return text.replace(/[。！？.!?；;，,\s]+$/u, '');
}

/**
 * Bare years become timeline events: one per sentence that names a year and states no figure, dated as
 * precisely as the sentence allows (day, month, quarter, year).
 */
export function draftEvents(
  p: ReadParagraph,
  chinese: boolean,
  known: (key: string) => boolean,
): Omit<DraftEvent, 'id'>[] {
  const out: Omit<DraftEvent, 'id'>[] = [];
  for (const s of p.sentences) {
    const end = s.start + s.text.length;
    const year = p.numbers.years.find((y) => y.start >= s.start && y.start < end);
    if (!year) continue;
    if (p.numbers.figures.some((f) => f.numberAt >= s.start && f.numberAt < end)) continue;
    const day = findDate(s.text);
    const month = findMonth(s.text);
    const quarter = findBareQuarter(s.text);
    let date = String(year.value);
    let precision: DraftEvent['precision'] = 'year';
    if (day?.iso.startsWith(date)) [date, precision] = [day.iso, 'day'];
    else if (month?.iso.startsWith(date)) [date, precision] = [month.iso, 'month'];
    else if (quarter) [date, precision] = [`${date}-${quarter}`, 'quarter'];
    const subject = p.mentions.find((m) => m.start >= s.start && m.end <= end && m.kind !== 'place' && known(m.key));
    const event: Omit<DraftEvent, 'id'> = {
      date,
      precision,
      text: eventText(s.text, year.start - s.start, chinese),
      paragraph: p.id,
    };
    if (subject) event.subject = subject.key;
    out.push(event);
  }
  return out;
}
