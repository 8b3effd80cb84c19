import { entityName, type Fact, type Narrative, type Section } from '@lectern/narrative';
import { TITLE_COLUMNS } from '../overflow/budgets.js';
import { textWidth } from '../overflow/text-width.js';
import { chartStatement } from './chart-statement.js';
import type { SlideDraft } from './draft.js';
import type { FactGroup } from './fact-groups.js';
import { isLikePair } from './kpi-pair.js';
import { mentionsFact } from './mentions-fact.js';
import { standAlone } from './stand-alone.js';

export { mentionsFact } from './mentions-fact.js';

/** Heading lines a statement title may take: two, which the pagination counts (TITLE_LINE_COST). */
export const STATEMENT_LINES = 2;

/** A sentence as a heading: without its closing full stop (a headline has none). */
export function headline(sentence: string): string {
  return sentence.trim().replace(/[。．.]+$/u, '');
}

const fitsTitle = (text: string): boolean => text !== '' && textWidth(text) <= TITLE_COLUMNS * STATEMENT_LINES;

/** Whether the section's summary or one of its key points writes the fact's number. */
export function isSectionFigure(section: Section, fact: Fact): boolean {
  return [section.summary, ...section.keyPoints].some((text) => mentionsFact(text, fact));
}

/** A sentence that may become a slide's title, with the facts whose figures it writes. */
interface Candidate {
  text: string;
  facts: readonly Fact[];
}

/** The section's key points that write at least `least` of `facts`' figures, the most first (the first fact's breaking ties). */
function pointsWriting(section: Section, facts: readonly Fact[], least: number): Candidate[] {
  return section.keyPoints
    .map((point, order) => {
      const written = facts.filter((f) => mentionsFact(point, f));
      return { text: headline(point), facts: written, order, first: written.includes(facts[0]!) };
    })
    .filter((c) => c.facts.length >= least)
    .sort((a, b) => b.facts.length - a.facts.length || Number(b.first) - Number(a.first) || a.order - b.order);
}

/**
 * The statement a slide of KPI cards (`facts`, the one it is about first) makes, for its title: the section's key
 * point that writes the most of their figures (both, for a pair), else a fact's own statement where it writes two of
 * them (or the lone card's); never one card's statement over several. The first that stands alone
 * (`standAlone`), fits the title budget and no other slide of the section took (`used`); undefined when none does:
 * the slide keeps its topic title.
 */
export function factStatement(
  narrative: Narrative,
  section: Section,
  facts: readonly Fact[],
  used: Set<string>,
): string | undefined {
  // A pair is one comparison: its title writes both figures. A panel of three or more is the section's figures:
  // its title is the key point that writes the most of them. A card's own statement speaks for a lone card only.
  const least = facts.length === 2 ? 2 : 1;
  const own = facts
    .map((f) => ({ text: headline(f.statement), facts: facts.filter((g) => mentionsFact(f.statement, g)) }))
    .filter((c) => c.facts.length >= Math.min(2, facts.length));
  const candidates = [...pointsWriting(section, facts, least), ...own];
  // A like pair says what a two-point chart would: its move, or which of the two leads.
  const pair = { id: '', facts: [...facts] };
  const whole = isLikePair(pair) ? chartStatement(narrative, pair) : undefined;
  if (whole !== undefined) candidates.push({ text: whole, facts });
  return take(narrative, candidates, used);
}

/**
 * A chart's statement: a key point that writes two of its figures at least, else what the chart shows as a whole
 * (`chartStatement`); never one bar's own statement.
 */
export function chartTitleStatement(
  narrative: Narrative,
  section: Section,
  group: FactGroup,
  used: Set<string>,
): string | undefined {
  const whole = chartStatement(narrative, group);
  const candidates = [...pointsWriting(section, group.facts, 2)];
  if (whole !== undefined) candidates.push({ text: whole, facts: group.facts });
  return take(narrative, candidates, used);
}

/** The point of a key-points slide: the section's summary, else its first key point, within the budget. */
export function sectionStatement(narrative: Narrative, section: Section, used: Set<string>): string | undefined {
  const candidates = [section.summary, ...section.keyPoints].map((text) => ({
    text: headline(text),
    facts: section.facts.filter((f) => mentionsFact(text, f)),
  }));
  return take(narrative, candidates, used);
}

/** The one subject the facts are about, by name; undefined when they are about several or none. */
function subjectOf(narrative: Narrative, facts: readonly Fact[]): string | undefined {
  const subjects = new Set(facts.map((f) => f.subject));
  return subjects.size === 1 ? entityName(narrative, [...subjects][0]!) : undefined;
}

function take(narrative: Narrative, candidates: readonly Candidate[], used: Set<string>): string | undefined {
  for (const c of candidates) {
    const text = standAlone(c.text, subjectOf(narrative, c.facts), narrative.language);
    if (text === undefined || !fitsTitle(text) || used.has(text)) continue;
    used.add(text);
    return text;
  }
  return undefined;
}

/**
 * The draft with its point as the title and its topic title as the kicker; unchanged when no statement fits.
 */
export function withStatement(slide: SlideDraft, statement: string | undefined): SlideDraft {
  if (statement === undefined || statement === slide.title) return slide;
  return { ...slide, title: statement, kicker: slide.title };
}
