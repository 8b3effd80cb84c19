import type { Fact, Section } from '@lectern/narrative';
import { TITLE_COLUMNS } from '../overflow/budgets.js';
import { textWidth } from '../overflow/text-width.js';
import type { SlideDraft } from './draft.js';

/** Heading lines a statement title may take: two, which the pagination counts (TITLE_LINE_COST). */
export const STATEMENT_LINES = 2;

/** A sentence as a heading: without its closing full stop (a headline has none). */
export function headline(sentence: string): string {
  return sentence.trim().replace(/[。．.]+$/u, '');
}

const fitsTitle = (text: string): boolean => text !== '' && textWidth(text) <= TITLE_COLUMNS * STATEMENT_LINES;

/** Whether `text` writes the fact's number (`34` in `34%的份额`, not in `134` or `3.4`). */
export function mentionsFact(text: string, fact: Fact): boolean {
  const n = String(fact.value).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${n}(?![\\d]|\\.\\d)`).test(text);
}

/** Whether the section's summary or one of its key points writes the fact's number. */
export function isSectionFigure(section: Section, fact: Fact): boolean {
  return [section.summary, ...section.keyPoints].some((text) => mentionsFact(text, fact));
}

/**
 * The statement a slide showing `facts` makes, for its title: the section's key point that writes the most
 * of those facts' numbers (the subject's fact breaking ties), else the statement of the first fact (the
 * story's subject or the headline KPI); the first that fits the title budget and no other slide of the
 * section took (`used`). Undefined when none fits: the slide keeps its topic title.
 *
 * @param facts the facts the slide shows, the one it is about first
 */
export function factStatement(section: Section, facts: readonly Fact[], used: Set<string>): string | undefined {
  const scored = section.keyPoints
    .map((point, order) => ({
      point: headline(point),
      order,
      hits: facts.filter((f) => mentionsFact(point, f)).length,
      first: facts[0] !== undefined && mentionsFact(point, facts[0]),
    }))
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.hits - a.hits || Number(b.first) - Number(a.first) || a.order - b.order)
    .map((c) => c.point);
  const candidates = [...scored, ...facts.map((f) => headline(f.statement))];
  return take(candidates, used);
}

/** The point of a key-points slide: the section's summary, else its first key point, within the budget. */
export function sectionStatement(section: Section, used: Set<string>): string | undefined {
  return take([headline(section.summary), ...section.keyPoints.map(headline)], used);
}

function take(candidates: readonly string[], used: Set<string>): string | undefined {
  const found = candidates.find((c) => fitsTitle(c) && !used.has(c));
  if (found !== undefined) used.add(found);
  return found;
}

/**
 * The draft with its point as the title and its topic title as the kicker; unchanged when no statement fits.
 */
export function withStatement(slide: SlideDraft, statement: string | undefined): SlideDraft {
  if (statement === undefined || statement === slide.title) return slide;
  return { ...slide, title: statement, kicker: slide.title };
}
