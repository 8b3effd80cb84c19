import type { Fact, Narrative } from '@lectern/narrative';
import type { Kpi } from './deck-model.js';
import { isDecrease } from './chart-semantics.js';
import { toFactValue } from './fact-value.js';

/** Kinds that make a headline number, best first. */
const KIND_RANK: Record<string, number> = {
  currency: 0,
  percent: 1,
  count: 2,
  multiple: 3,
  'percentage-points': 4,
  rate: 5,
  duration: 6,
  other: 7,
  year: 9,
};

/**
 * The section's most important facts for a big-number slide: headline kinds first (money, then
 * percentages, counts…), ties kept in content order. Years are never a KPI.
 */
export function rankKpiFacts(facts: readonly Fact[]): Fact[] {
  return facts
    .map((fact, order) => ({ fact, order, rank: KIND_RANK[fact.kind] ?? 8 }))
    .filter((f) => f.fact.kind !== 'year')
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((f) => f.fact);
}

/** A KPI card: the fact's value (signed when it is a loss or a cut: `−70%`) over its statement. */
export function toKpi(narrative: Narrative, fact: Fact): Kpi {
  const value = toFactValue(narrative, fact);
  if (isDecrease(fact) && value.value > 0 && !value.text.startsWith('−')) value.text = `−${value.text}`;
  return { fact: value, caption: fact.statement };
}
