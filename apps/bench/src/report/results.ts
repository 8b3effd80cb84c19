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
