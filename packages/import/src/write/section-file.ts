import type { DraftFact, DraftSection } from '../draft/draft-model.js';
import { type ReviewMark, reviewMessage } from '../draft/review.js';
import type { ImportLanguage } from '../model.js';
import { field, q } from './yaml-text.js';

type Ids = (key: string) => string;

function marks(
  review: readonly ReviewMark[],
  kinds: readonly ReviewMark['kind'][],
  language: ImportLanguage,
): string[] {
  return review.filter((r) => kinds.includes(r.kind)).map((r) => reviewMessage(r, language));
}

function factYaml(f: DraftFact, ids: Ids, language: ImportLanguage): string {
  let y = `  - id: ${f.id}\n`;
  y += field(4, 'statement', q(f.statement));
  y += field(4, 'value', String(f.value), marks(f.review, ['fraction'], language));
  if (f.unit) y += field(4, 'unit', q(f.unit), marks(f.review, ['unit-unsure'], language));
  if (f.scale) y += field(4, 'scale', q(f.scale));
  y += field(4, 'kind', f.kind, f.unit ? [] : marks(f.review, ['unit-unsure'], language));
  if (f.qualifier !== 'exact') y += field(4, 'qualifier', f.qualifier);
  if (f.period) y += field(4, 'period', q(f.period), marks(f.review, ['period-carried'], language));
  y += field(4, 'subject', ids(f.subject), marks(f.review, ['subject-guessed', 'subject-missing'], language));
  y += field(4, 'metric', f.metric, marks(f.review, ['metric-guessed'], language));
  if (f.group) y += field(4, 'group', f.group);
  if (f.label) y += field(4, 'label', q(f.label));
  y += field(4, 'paragraph', f.paragraph);
  y += field(4, 'evidence', q(f.evidence));
  return y;
}

/** A section file: frontmatter with the drafted fields (review marks as `# review:` comments), then the prose. */
export function sectionFileText(s: DraftSection, ids: Ids, language: ImportLanguage): string {
  let fm = '---\n';
  fm += field(0, 'id', s.id);
  fm += field(0, 'number', q(s.number));
  fm += field(0, 'title', q(s.title), marks(s.review, ['section-title-missing'], language));
  fm += field(0, 'summary', q(s.summary), marks(s.review, ['drafted-points'], language));
  fm += `keyPoints:\n${s.keyPoints.map((k) => `  - ${q(k)}\n`).join('')}`;
  for (const r of s.review.filter((x) => x.kind === 'asterisk')) fm += `# review: ${reviewMessage(r, language)}\n`;
  if (s.facts.length > 0) fm += `facts:\n${s.facts.map((f) => factYaml(f, ids, language)).join('')}`;
  if (s.quotes.length > 0) {
    fm += 'quotes:\n';
    for (const qt of s.quotes) {
      fm += `  - id: ${qt.id}\n`;
      fm += field(4, 'speaker', ids(qt.speaker), marks(qt.review, ['speaker-guessed'], language));
      fm += field(4, 'text', q(qt.text));
      fm += field(4, 'paragraph', qt.paragraph);
    }
  }
  if (s.events.length > 0) {
    fm += 'events:\n';
    for (const e of s.events) {
      fm += `  - { id: ${e.id}, date: ${q(e.date)}, precision: ${e.precision}, text: ${q(e.text)}${e.subject ? `, subject: ${ids(e.subject)}` : ''}, paragraph: ${e.paragraph} }\n`;
    }
  }
  fm += '---\n\n';
  return fm + s.paragraphs.map((p) => `${p.text} {#${p.id}}\n`).join('\n');
}
