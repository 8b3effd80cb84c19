import { entityName, type Fact, factMagnitude, formatFactValue, type Narrative } from '@lectern/narrative';
import type { FactValue } from './deck-model.js';
import { periodText } from './period-text.js';

/** A fact as deck data: number, magnitude, formatted text and label, all from the content. */
export function toFactValue(narrative: Narrative, fact: Fact): FactValue {
  const value: FactValue = {
    factId: fact.id,
    value: fact.value,
    magnitude: factMagnitude(fact),
    unit: fact.unit,
    kind: fact.kind,
    qualifier: fact.qualifier,
    text: formatFactValue(fact, narrative.language),
    label: labelOf(narrative, fact),
    statement: fact.statement,
    loc: fact.loc,
  };
  if (fact.scale !== undefined) value.scale = fact.scale;
  if (fact.period !== undefined) value.period = fact.period;
  return value;
}

/**
 * What the fact is called on a chart axis or table row: its label, else its subject's name. A label that is the
 * fact's period code (`2023-Q4`, as `lectern import` labels a time series) reads as the period (`Q4 2023`).
 */
function labelOf(narrative: Narrative, fact: Fact): string {
  if (fact.label !== undefined && fact.label === fact.period) return periodText(fact.period, narrative.language);
  return fact.label ?? entityName(narrative, fact.subject) ?? fact.subject;
}
