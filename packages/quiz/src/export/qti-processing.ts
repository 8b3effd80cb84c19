import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import { plainNumber } from './numbers.js';
import { CORRECT_ID, INCORRECT_ID, optionFeedbackId } from './qti-identifiers.js';

/**
 * A `*` wildcard pattern as an XML Schema regular expression for `patternMatch` (anchored by definition):
 * literal parts escaped, letters matched in either case (XSD patterns have no flags), `*` as `.*`.
 */
export function xsdPattern(pattern: string): string {
  return pattern
    .split('*')
    .map((part) =>
      [...part.normalize('NFKC').trim()]
        .map((c) => {
          if (/[\\|.\-^?*+{}()[\]]/.test(c)) return `\\${c}`;
          const lower = c.toLowerCase();
          const upper = c.toUpperCase();
          return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
        })
        .join(''),
    )
    .join('.*');
}

const score = (parent: XMLBuilder, value: string) =>
  parent.ele('setOutcomeValue', { identifier: 'SCORE' }).ele('baseValue', { baseType: 'float' }).txt(value);

/** Adds `id` to the FEEDBACK outcome inside `parent`. */
function showFeedback(parent: XMLBuilder, id: string): void {
  const multiple = parent.ele('setOutcomeValue', { identifier: 'FEEDBACK' }).ele('multiple');
  multiple.ele('variable', { identifier: 'FEEDBACK' });
  multiple.ele('baseValue', { baseType: 'identifier' }).txt(id);
}

/** FEEDBACK gets CORRECT when SCORE reached MAXSCORE, else INCORRECT: the verdict the learner reads first. */
function addVerdictFeedback(rp: XMLBuilder): void {
  const condition = rp.ele('responseCondition');
  const when = condition.ele('responseIf');
  const gte = when.ele('gte');
  gte.ele('variable', { identifier: 'SCORE' });
  gte.ele('variable', { identifier: 'MAXSCORE' });
  showFeedback(when, CORRECT_ID);
  showFeedback(condition.ele('responseElse'), INCORRECT_ID);
}

/**
 * One condition per option with feedback, in the shape Canvas's importer reads
 * (`ChoiceInteraction#process_response_conditions`): a `match` (single) or `member` (multiple) on the
 * option's identifier, and FEEDBACK set to the option's feedback id.
 */
function addOptionFeedback(rp: XMLBuilder, choice: string, multiple: boolean, id: string): void {
  const when = rp.ele('responseCondition').ele('responseIf');
  const test = when.ele(multiple ? 'member' : 'match');
  const value = () => test.ele('baseValue', { baseType: 'identifier' }).txt(choice);
  const response = () => test.ele('variable', { identifier: 'RESPONSE' });
  if (multiple) {
    value();
    response();
  } else {
    response();
    value();
  }
  showFeedback(when, id);
}

/**
 * `responseProcessing` written out: the logic of the standard `match_correct` / `map_response` templates
 * (the templates cannot also set FEEDBACK), a tolerance check for numeric items, a sum over cloze gaps;
 * then FEEDBACK = CORRECT or INCORRECT by the score, plus the feedback id of each chosen option that has feedback.
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
      if (item.type === 'short' && item.patterns?.length) {
        const byPattern = condition.ele('responseElseIf');
        const any = byPattern.ele('or');
        for (const pattern of item.patterns)
          any.ele('patternMatch', { pattern: xsdPattern(pattern) }).ele('variable', { identifier: 'RESPONSE' });
        score(byPattern, '1');
      }
      condition
        .ele('responseElse')
        .ele('setOutcomeValue', { identifier: 'SCORE' })
        .ele('mapResponse', { identifier: 'RESPONSE' });
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
  addVerdictFeedback(rp);
  if (item.type === 'single' || item.type === 'multiple') {
    item.options.forEach((o, i) => {
      if (o.feedback) addOptionFeedback(rp, `C${i + 1}`, item.type === 'multiple', optionFeedbackId(i));
    });
  }
}
