import type { Fact, Narrative } from '@lectern/narrative';
import type { FactGroup } from './fact-groups.js';

/**
 * What the numbers of a group are, before any chart is drawn: the rules that keep a chart from saying
 * more (or other) than its facts. One place decides; the SVG and the native PPTX chart both follow.
 */

/** A metric that names a fall or a cut (`cost-reduction`, `users-decline`, `jobs-cut`): its value is a change, drawn below zero. */
const CHANGE_DOWN = /(^|-)(decline|decrease|drop|reduction|cut|cuts|lower|fewer)$/;
/** A metric that names money gone (`net-loss`, `other-business-loss`): below zero when the value is an amount of money. */
const AMOUNT_LOST = /(^|-)(loss|losses|deficit|shortfall)$/;
/** Kinds that have no sign: a multiple (`10× lower latency` is not −10×), a length of time, a year. */
const UNSIGNED_KINDS = new Set<Fact['kind']>(['multiple', 'duration', 'year']);

/**
 * True when the fact's positive value says "less": it is drawn and shown with a minus sign. The metric's last word
 * decides (a count of `loss-making-companies` or of `margin-decline-quarters` is a count, never negative), and money
 * lost is signed only as money (a `net-loss` of 23% of the water treated is a share, not −23%).
 */
export function isDecrease(fact: Fact): boolean {
  if (UNSIGNED_KINDS.has(fact.kind)) return false;
  return CHANGE_DOWN.test(fact.metric) || (fact.kind === 'currency' && AMOUNT_LOST.test(fact.metric));
}

/** The value with its sign: `other-business-loss: 20` is −20; a value already negative stays as it is. */
export function signedValue(fact: Fact, magnitude: number): number {
  return isDecrease(fact) && magnitude > 0 ? -magnitude : magnitude;
}

/**
 * The story's subject: the entity most of the narrative's facts are about (ties: the first met).
 * A chart comparing it with its peers draws it in the accent colour and the peers muted.
 */
export function storySubject(narrative: Narrative): string | undefined {
  if (stories.has(narrative)) return stories.get(narrative);
  const subject = countSubjects(narrative);
  stories.set(narrative, subject);
  return subject;
}

// Note: asked once per chart; counted once per narrative (a 1,000-section narrative has thousands of charts).
const stories = new WeakMap<Narrative, string | undefined>();

function countSubjects(narrative: Narrative): string | undefined {
  const counts = new Map<string, number>();
  for (const section of narrative.sections)
    for (const f of section.facts) counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
  let best: string | undefined;
  for (const [subject, n] of counts) if (best === undefined || n > counts.get(best)!) best = subject;
  return best;
}

/** Relative slack when a total is checked against its parts: the content's figures are often "over" or "about". */
const BRIDGE_SLACK = 0.15;

/**
 * A bridge: three or more amounts of one unit and period where the last is the sum of the others, signed
 * (`50 − 20 ≈ 30`). Drawn as a waterfall, never as bars side by side (which would read as three peers).
 */
export function isBridge(group: FactGroup): boolean {
  const facts = group.facts;
  if (facts.length < 3) return false;
  const first = facts[0]!;
  if (
    !facts.every(
      (f) => f.unit === first.unit && f.scale === first.scale && f.period === first.period && f.kind === first.kind,
    )
  )
    return false;
  const metrics = new Set(facts.map((f) => f.metric));
  if (metrics.size < 2) return false;
  const parts = facts.slice(0, -1).reduce((sum, f) => sum + signedValue(f, f.value), 0);
  const total = facts[facts.length - 1]!.value;
  return parts > 0 && Math.abs(parts - total) <= BRIDGE_SLACK * Math.max(Math.abs(total), Math.abs(parts));
}

/**
 * Unlike measures: facts of different metrics (a speed gain beside a cost cut beside a price-performance
 * gain) share no axis, even with one unit. They become KPI cards, one figure each, never one chart.
 * A time series, shares of one whole and a bridge are alike by construction.
 */
export function isUnlikeMeasures(group: FactGroup): boolean {
  return new Set(group.facts.map((f) => f.metric)).size > 1 && !isBridge(group);
}

/** The period every fact of the group shares, if they share one: it goes in the chart's subtitle. */
export function commonPeriod(group: FactGroup): string | undefined {
  const periods = new Set(group.facts.map((f) => f.period));
  const [only] = periods;
  return periods.size === 1 ? only : undefined;
}
