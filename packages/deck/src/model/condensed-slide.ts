import type { Narrative, Section } from '@lectern/narrative';
import { rankKpiFacts, toKpi } from './big-number.js';
import { groupSlide } from './group-slide.js';
import { type SlideDraft, draft } from './draft.js';
import { isUnlikeMeasures } from './chart-semantics.js';
import { comparableGroups, isTimeSeries } from './fact-groups.js';
import { isLikePair } from './kpi-pair.js';
import { notesFor } from './notes.js';
import { chartTitleStatement, factStatement, sectionStatement, withStatement } from './statement-title.js';

/** Key points kept on a condensed slide; the notes still carry the whole section. */
const CONDENSED_POINTS = 3;

/**
 * One slide for a whole section, for short cuts: its largest comparable group as a chart, else its
 * best KPI (two when they make a like pair), else its first key points. The notes hold the section's prose in full.
 */
export function condensedSectionSlide(narrative: Narrative, section: Section): SlideDraft {
  const used = new Set<string>();
  const ids = section.paragraphs.map((p) => p.id);
  const extra = { sectionId: section.id, paragraphIds: ids, notes: notesFor(section, ids, section.summary) };
  const groups = comparableGroups(section.facts).filter((g) => g.facts.length >= 3 && !isUnlikeMeasures(g));
  // Largest group first; among equals, a time series (the section's trend) before a comparison.
  const biggest = [...groups].sort(
    (a, b) => b.facts.length - a.facts.length || Number(isTimeSeries(b)) - Number(isTimeSeries(a)),
  )[0];
  if (biggest !== undefined) {
    // The caption is what the chart's own facts say, never the section's summary.
    const chart = groupSlide(narrative, section, biggest, section.title);
    return withStatement(chart, chartTitleStatement(narrative, section, biggest, used));
  }
  // The best KPI, and the next beside it only when the two make a like pair (`isLikePair`).
  const [best, next] = rankKpiFacts(section.facts);
  const kpis =
    best === undefined ? [] : next !== undefined && isLikePair({ id: '', facts: [best, next] }) ? [best, next] : [best];
  if (kpis.length > 0) {
    const slide = draft('big-number', section.title, { kpis: kpis.map((f) => toKpi(narrative, f)) }, extra);
    return withStatement(slide, factStatement(narrative, section, kpis, used));
  }
  const points = draft('key-points', section.title, { points: section.keyPoints.slice(0, CONDENSED_POINTS) }, extra);
  return withStatement(points, sectionStatement(narrative, section, used));
}
