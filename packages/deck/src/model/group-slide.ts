import { isChinese, type Narrative, type Section } from '@lectern/narrative';
import { toKpi } from './big-number.js';
import { budgetCaption } from './chart-caption.js';
import { chartData, comparisonData } from './chart-data.js';
import { isUnlikeMeasures } from './chart-semantics.js';
import { type SlideDraft, draft } from './draft.js';
import type { FactGroup } from './fact-groups.js';
import { notesFor } from './notes.js';

/** KPI cards on one slide at most. */
const MAX_KPIS = 4;

/**
 * One slide for one group of comparable facts: a chart (three or more), a comparison (two), or KPI cards when
 * the measures are unlike. The caption is the facts' own statements (never a summary of things not shown);
 * statements that do not fit go to the notes after the paragraphs the facts come from.
 */
export function groupSlide(narrative: Narrative, section: Section, group: FactGroup, title: string): SlideDraft {
  const paragraphIds = section.paragraphs.filter((p) => group.facts.some((f) => f.paragraph === p.id)).map((p) => p.id);
  const notes = notesFor(section, paragraphIds, section.summary);
  const extra = { sectionId: section.id, paragraphIds, notes };
  if (isUnlikeMeasures(group)) {
    return draft('big-number', title, { kpis: group.facts.slice(0, MAX_KPIS).map((f) => toKpi(narrative, f)) }, extra);
  }
  const { caption, rest } = budgetCaption(
    group.facts.map((f) => f.statement),
    isChinese(narrative.language) ? '' : ' ',
  );
  const withCaption = caption === undefined ? {} : { caption };
  if (rest.length > 0) extra.notes = `${notes}\n\n${rest.join('\n\n')}`;
  return group.facts.length === 2
    ? draft('comparison', title, { ...comparisonData(narrative, group), ...withCaption }, extra)
    : draft('chart', title, { ...chartData(narrative, group), ...withCaption }, extra);
}
