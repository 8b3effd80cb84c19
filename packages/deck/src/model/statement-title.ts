import { entityName, type Fact, type Narrative, type Section } from '@lectern/narrative';
import { TITLE_COLUMNS } from '../overflow/budgets.js';
import { linesIn } from '../overflow/text-measure.js';
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

/**
 * Whether a title takes two heading lines at most, wrapped as Chromium wraps it in the bold face deck.html embeds
 * for `language`, on a line of TITLE_COLUMNS (the 44px heading with a margin for Marp's themes).
 */
const fitsTitle = (text: string, language: string): boolean =>
  text !== '' && linesIn(language)(text, TITLE_COLUMNS, { bold: true, title: true }) <= STATEMENT_LINES;

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
 * Whether a key point speaks for a whole panel of cards (three or more): it writes two of their figures at least,
 * and each figure it does not write is stated in a paragraph one it writes comes from (the point sums up the
 * paragraphs the panel shows).
 */
function coversPanel(point: string, facts: readonly Fact[]): boolean {
  const written = facts.filter((f) => mentionsFact(point, f));
  const paragraphs = new Set(written.map((f) => f.paragraph));
  return written.length >= 2 && facts.every((f) => written.includes(f) || paragraphs.has(f.paragraph));
}

/** The claim a key point makes before its details: `AWS以自研芯片提升性价比` of `AWS以自研芯片提升性价比：Graviton2…`. */
export function headClause(point: string): string | undefined {
  const m = /^(.{4,}?)(?:：|:\s)(.+)$/su.exec(headline(point));
  return m === null ? undefined : m[1]!.trim();
}

/**
 * A panel's statements (three or more cards): each key point that covers it (`coversPanel`), the most figures
 * first, then the head clause of each for a point too long to be the title whole; the cards write the figures.
 */
function panelPoints(section: Section, facts: readonly Fact[]): Candidate[] {
  const covering = pointsWriting(section, facts, 2).filter((c) => coversPanel(c.text, facts));
  const claims = covering.flatMap((c) => {
    const head = headClause(c.text);
    return head === undefined ? [] : [{ text: head, facts: c.facts }];
  });
  return [...covering, ...claims];
}

/**
 * The statement a slide of KPI cards (`facts`, the one it is about first) makes, for its title: for a lone card or a
 * pair, the section's key point that writes the most of their figures (both, for a pair); for a panel, a key point
 * that covers it or that point's claim (`panelPoints`); else a fact's own statement where it writes two of them (or
 * the lone card's); never one card's statement over several. The first that stands alone (`standAlone`), fits
 * the title budget and no other slide of the section took (`used`); undefined when none does: the slide keeps its
 * topic title.
 */
export function factStatement(
  narrative: Narrative,
  section: Section,
  facts: readonly Fact[],
  used: Set<string>,
): string | undefined {
  // A pair is one comparison: its title writes both figures. A panel of three or more unlike figures is titled
  // only by a point that speaks for all of them. A card's own statement speaks for a lone card only.
  const own = facts
    .map((f) => ({ text: headline(f.statement), facts: facts.filter((g) => mentionsFact(f.statement, g)) }))
    .filter((c) => c.facts.length >= Math.min(2, facts.length));
  const points = facts.length >= 3 ? panelPoints(section, facts) : pointsWriting(section, facts, facts.length);
  const candidates = [...points, ...own];
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
    if (text === undefined || !fitsTitle(text, narrative.language) || used.has(text)) continue;
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
