import { normalizeText } from '../../util/normalize.js';
import { visualWidth } from '../../util/visual-width.js';
import { itemRule } from '../rule.js';

const MIN_WIDTH = 8;

/** No real rationale: empty, a few characters, or the stem again. */
export const missingRationale = itemRule('quiz/missing-rationale', 'warning', (item) => {
  const rationale = item.rationale.trim();
  if (visualWidth(rationale) >= MIN_WIDTH && normalizeText(rationale) !== normalizeText(item.stem)) return [];
  return [{ message: 'the rationale does not explain the key', hint: 'Say why the key is right, citing the text.' }];
});
