import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import { plainNumber } from './numbers.js';
import { RATIONALE_ID } from './qti-identifiers.js';

const score = (parent: XMLBuilder, value: string) =>
  parent.ele('setOutcomeValue', { identifier: 'SCORE' }).ele('baseValue', { baseType: 'float' }).txt(value);

/**
 * `responseProcessing` written out: the logic of the standard `match_correct` / `map_response` templates
 * (the templates cannot also set FEEDBACK), a tolerance check for numeric items, a sum over cloze gaps;
 * then FEEDBACK = the rationale plus, for choice items, the chosen options (for per-option feedback).
 */
export function addResponseProcessing(parent: XMLBuilder, item: Item): void {
  const rp = parent.ele('responseProcessing');
  const condition = rp.ele('responseCondition');
  switch (item.type) {
    case 'single':
    case 'true-false':
    case 'ordering': {
      const match = condition.ele('responseIf').ele('match');
      match.ele('variable', { identifier: 'RESPONSE' });
      match.ele('correct', { identifier: 'RESPONSE' });
      score(match.up(), '1');
      score(condition.ele('responseElse'), '0');
      break;
    }
    case 'multiple':
    case 'short':
    case 'matching': {
      const when = condition.ele('responseIf');
      when.ele('isNull').ele('variable', { identifier: 'RESPONSE' });
      score(when, '0');
      condition.ele('responseElse').ele('setOutcomeValue', { identifier: 'SCORE' }).ele('mapResponse', { identifier: 'RESPONSE' });
      break;
    }
    case 'numeric': {
      const when = condition.ele('responseIf');
      when.ele('isNull').ele('variable', { identifier: 'RESPONSE' });
      score(when, '0');
      const tolerance = plainNumber(item.tolerance);
      const near = condition.ele('responseElseIf');
      const equal = near.ele('equal', { toleranceMode: 'absolute', tolerance: `${tolerance} ${tolerance}` });
      equal.ele('variable', { identifier: 'RESPONSE' });
      equal.ele('correct', { identifier: 'RESPONSE' });
      score(near, '1');
      score(condition.ele('responseElse'), '0');
      break;
    }
    case 'cloze': {
      const when = condition.ele('responseIf');
      when.ele('not').ele('isNull').ele('variable', { identifier: 'RESPONSE_1' });
      const sum = when.ele('setOutcomeValue', { identifier: 'SCORE' }).ele('sum');
      item.gaps.forEach((_, i) => {
        sum.ele('mapResponse', { identifier: `RESPONSE_${i + 1}` });
      });
      // Note: with the first gap empty, the other gaps still count.
      const rest = condition.ele('responseElse').ele('setOutcomeValue', { identifier: 'SCORE' }).ele('sum');
      rest.ele('baseValue', { baseType: 'float' }).txt('0');
      item.gaps.forEach((_, i) => {
        rest.ele('mapResponse', { identifier: `RESPONSE_${i + 1}` });
      });
      break;
    }
  }
  const feedback = rp.ele('setOutcomeValue', { identifier: 'FEEDBACK' }).ele('multiple');
  feedback.ele('baseValue', { baseType: 'identifier' }).txt(RATIONALE_ID);
  if (item.type === 'single' || item.type === 'multiple') feedback.ele('variable', { identifier: 'RESPONSE' });
}
