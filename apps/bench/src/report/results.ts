import type { Machine } from '../measure/machine.js';

/** A target a figure must meet: at most `max` (times, ratios), or at least `min` (accuracy). */
export interface Target {
  max?: number;
  min?: number;
  /** How the target reads in the report, e.g. "≤ 0.5×". */
  text: string;
}

export interface Measure {
  label: string;
  value: number;
  unit: string;
  /** How much repeats varied, as text (e.g. "0.41–0.47×", "±6%"). */
  spread?: string;
  target?: Target;
}

export interface ScenarioResult {
  id: string;
  title: string;
  measures: Measure[];
  /** Raw samples and counts, kept in latest.json. */
  details: Record<string, unknown>;
  notes: string[];
  /** Set when the scenario could not be measured; the message says why. */
  error?: string;
  /** When the scenario ran (ISO 8601, UTC): a merged report keeps scenarios from several runs. */
  measuredAt?: string;
  /** The machine's 1-minute load average when the scenario started (other work disturbs wall times). */
  loadAverage?: number;
}

export interface BenchResults {
  quick: boolean;
  machine: Machine;
  /** Total wall time of the run, in seconds. */
  seconds: number;
  scenarios: ScenarioResult[];
}

export function isMet(measure: Measure): boolean | undefined {
  const t = measure.target;
  if (!t) return undefined;
  return (t.max === undefined || measure.value <= t.max) && (t.min === undefined || measure.value >= t.min);
}

/**
 * The scenarios of `fresh` put into `previous` (same id replaced, new ids added), in `order`: a run of some
 * scenarios (`pnpm bench --only …`) updates those rows of the report and keeps the rest, each with its date.
 */
export function mergeResults(previous: BenchResults, fresh: BenchResults, order: readonly string[]): BenchResults {
  const byId = new Map(previous.scenarios.map((s) => [s.id, s]));
  for (const s of fresh.scenarios) byId.set(s.id, s);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return {
    ...fresh,
    quick: previous.quick || fresh.quick,
    seconds: fresh.seconds,
    scenarios: [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id)),
  };
}
