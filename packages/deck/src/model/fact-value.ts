import { entityName, type Fact, factMagnitude, formatFactValue, type Narrative } from '@lectern/narrative';
import type { FactValue } from './deck-model.js';

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
    label: fact.label ?? entityName(narrative, fact.subject) ?? fact.subject,
    statement: fact.statement,
    loc: fact.loc,
  };
  if (fact.scale !== undefined) value.scale = fact.scale;
  if (fact.period !== undefined) value.period = fact.period;
  return value;
}
