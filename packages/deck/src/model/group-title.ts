import { entityName, isChinese, type Narrative } from '@lectern/narrative';
import { TITLE_COLUMNS } from '../overflow/budgets.js';
import { linesIn } from '../overflow/text-measure.js';
import type { FactGroup } from './fact-groups.js';
import { deckLabels } from './labels.js';
import { metricLabel } from './metric-labels.js';

/** Subjects listed in a title at most; more read as a comparison. */
const MAX_LISTED = 3;

/**
 * A one-line title for a chart or comparison of `group`: `section: what it shows`. Tried in turn,
 * the first that fits one heading line wins: the common subject with the metric's name (`亚马逊营收`),
 * the metric's name (`市场份额`), the common subject, the subjects listed (up to three), and last
 * the word for a comparison. A suffix the section title already contains is skipped.
 */
export function groupTitle(narrative: Narrative, sectionTitle: string, group: FactGroup): string {
  const labels = deckLabels(narrative.language);
  const zh = isChinese(narrative.language);
  const subjects = [...new Set(group.facts.map((f) => entityName(narrative, f.subject) ?? f.subject))];
  const metrics = [...new Set(group.facts.map((f) => f.metric))];
  const metric = metrics.length === 1 ? metricLabel(metrics[0]!, narrative.language) : undefined;
  const subject = subjects.length === 1 ? subjects[0] : undefined;
  const candidates: Array<string | undefined> = [
    subject !== undefined && metric !== undefined
      ? zh
        ? `${subject}${metric}`
        : `${subject} ${metric.toLowerCase()}`
      : undefined,
    metric,
    subject,
    subjects.length <= MAX_LISTED ? subjects.join(zh ? '、' : ', ') : undefined,
  ];
  // A suffix the section title already says (`市场份额：市场份额`) adds nothing.
  // One heading line, wrapped as Chromium wraps it in the bold face deck.html embeds.
  const lines = linesIn(narrative.language);
  const fits = (suffix: string): boolean =>
    !sectionTitle.includes(suffix) &&
    lines(`${sectionTitle}${labels.join}${suffix}`, TITLE_COLUMNS, { bold: true, title: true }) <= 1;
  const suffix = candidates.find((c): c is string => c !== undefined && fits(c)) ?? labels.comparison;
  return `${sectionTitle}${labels.join}${suffix}`;
}
