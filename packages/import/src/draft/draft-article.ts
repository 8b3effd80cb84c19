import type { NumberEngine } from '../facts/number-spans.js';
import type { ArticleSection, ImportLanguage, SourceInfo } from '../model.js';
import { type EntityDraft, registerEntities } from '../nlp/entity-registry.js';
import type { Mention } from '../nlp/entity-types.js';
import { primePeople, sentenceStartName } from '../nlp/find-mentions-en.js';
import { IdPool, slug } from '../nlp/slug.js';
import { type Carry, draftFacts } from './draft-facts.js';
import { draftEvents } from './draft-events.js';
import type { DraftNarrative, DraftObjective, DraftSection } from './draft-model.js';
import { draftPoints, fitLine } from './draft-points.js';
import { draftQuotes } from './draft-quotes.js';
import { groupFacts } from './group-facts.js';
import { type ReadParagraph, readParagraph } from './paragraph-context.js';
import type { ReviewMark } from './review.js';
import { leadTitle } from './lead-title.js';
import { sectionId } from './section-ids.js';

export interface DraftInput {
  id: string;
  title?: string;
  language: ImportLanguage;
  source: SourceInfo;
  sections: ArticleSection[];
  engine?: NumberEngine;
}

/** Drops guessed names that are ordinary words: capitalised only at sentence starts, or written lower-case elsewhere. */
function plausible(mentions: Mention[], article: string, chinese: boolean): Mention[] {
  const count = (name: string) => article.split(name).length - 1;
  if (chinese) return mentions.filter((m) => m.known || !/^[a-z]/.test(m.name) || count(m.name) >= 2);
  const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lowerElsewhere = (name: string) =>
    new RegExp(`(?:^|[^A-Za-z])${escaped(name.toLowerCase())}(?:[^A-Za-z]|$)`).test(article);
  const midSentence = (name: string) => new RegExp(`[A-Za-z0-9,;'’)][ \\t]+${escaped(name)}\\b`).test(article);
  return mentions.filter((m) => {
    if (m.known || /\s/.test(m.name) || /^[A-Z0-9&]{2,}$/.test(m.name)) return true;
    if (lowerElsewhere(m.name)) return false;
    return midSentence(m.name) || sentenceStartName(m.name, count(m.name));
  });
}

/** Turns an article's sections into a complete drafted narrative. Pure apart from the NLP models it loads once. */
export function draftArticle(input: DraftInput): DraftNarrative {
  const chinese = input.language !== 'en';
  const engine = input.engine ?? 'recognizer';
  const all = input.sections.flatMap((s) => [s.title, ...s.paragraphs]).join('\n');
  if (!chinese) primePeople(all);
  const pool = new IdPool();
  const sectionIds = input.sections.map((s, i) =>
    sectionId(
      s.title || (i === 0 && input.sections.length > 1 ? (chinese ? 'intro' : 'introduction') : ''),
      i,
      chinese,
      pool,
    ),
  );
  const read: ReadParagraph[][] = input.sections.map((s, si) =>
    s.paragraphs.map((text, pi) => readParagraph(`${sectionIds[si]}-p${pi + 1}`, text, chinese, engine)),
  );
  for (const paragraphs of read) for (const p of paragraphs) p.mentions = plausible(p.mentions, all, chinese);
  const entities = registerEntities(
    read.flat().flatMap((p) => p.mentions),
    input.language,
  );
  const counts = [...entities.values()]
    .filter((e) => e.kind !== 'person' && e.kind !== 'place')
    .sort((a, b) => b.mentions - a.mentions);
  let main = counts[0];
  if (!main) {
    const name = input.title ?? input.id;
    main = {
      id: slug(name, 'subject').slice(0, 30) || 'subject',
      key: '\0main',
      name,
      kind: 'other',
      aliases: [],
      mentions: 0,
      sure: false,
    };
    entities.set(main.key, main);
  }
  const used = new Set<string>();
  const carry: Carry = {};
  const sourceYear = /^\d{4}/.exec(input.source.date ?? '')?.[0];
  if (sourceYear) carry.year = sourceYear;
  const sections: DraftSection[] = input.sections.map((s, si) => {
    const paragraphs = read[si]!;
    const headingPeriod = /(\d{4})/.exec(s.title)?.[1];
    carry.period = headingPeriod;
    const facts = paragraphs.flatMap((p) => draftFacts(p, carry, entities, main.key, chinese));
    const quotes = paragraphs.flatMap((p) => draftQuotes(p, chinese, (k) => entities.get(k)?.name ?? k));
    const events = paragraphs.flatMap((p) => draftEvents(p, chinese, (k) => entities.has(k)));
    const tableRows = new Set(s.tableRows ?? []);
    const sentences = paragraphs.flatMap((p, pi) =>
      p.sentences.map((x) => ({
        text: x.text,
        hasFigure: p.numbers.figures.some((f) => f.numberAt >= x.start && f.numberAt < x.start + x.text.length),
        tableRow: tableRows.has(pi),
      })),
    );
    const points = draftPoints(sentences, chinese);
    const review: ReviewMark[] = [{ kind: 'drafted-points' }];
    let title = s.title;
    if (!title) {
      title =
        si === 0 && input.sections.length > 1
          ? leadTitle(input.language)
          : fitLine(points.keyPoints[0] ?? sentences[0]?.text ?? input.id, chinese, chinese ? 16 : 8);
      review.push({ kind: 'section-title-missing' });
    }
    for (const f of facts) used.add(f.subject);
    for (const q of quotes) used.add(q.speaker);
    for (const e of events) if (e.subject) used.add(e.subject);
    return {
      id: sectionIds[si]!,
      number: s.number ?? String(si + 1),
      title,
      summary: points.summary || `${title}${chinese ? '。' : '.'}`,
      keyPoints: points.keyPoints.length > 0 ? points.keyPoints : [title],
      paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text })),
      facts,
      quotes: quotes.map((q, i) => ({ ...q, id: `${sectionIds[si]}-q${i + 1}` })),
      events: events.map((e, i) => ({ ...e, id: `${sectionIds[si]}-e${i + 1}` })),
      review,
    };
  });
  const allFacts = sections.flatMap((s) => s.facts);
  const idOf = (key: string) => entities.get(key)?.id ?? key;
  groupFacts(allFacts, (k) => entities.get(k)?.name ?? k, idOf);
  const factIds = new IdPool();
  for (const f of allFacts)
    f.id = factIds.take(
      [idOf(f.subject), f.metric, f.period?.toLowerCase()].filter(Boolean).join('-').slice(0, 70).replace(/-+$/, ''),
    );
  const declared: EntityDraft[] = [...entities.values()].filter((e) => used.has(e.key) || (e.sure && e.mentions >= 2));
  const objectives: DraftObjective[] = sections.map((s) => ({
    id: `understand-${s.id}`.slice(0, 80),
    text: chinese
      ? `说明“${s.title}”：${s.keyPoints[0] ?? s.summary}`
      : `Explain ${s.title}: ${s.keyPoints[0] ?? s.summary}`,
    sections: [s.id],
  }));
  const review: ReviewMark[] = input.title ? [] : [{ kind: 'title-missing' }];
  const title = input.title ?? sections[0]?.title ?? input.id;
  return {
    id: input.id,
    title,
    language: input.language,
    source: { ...input.source, file: 'source.txt' },
    entities: declared,
    objectives,
    sections,
    review,
  };
}
