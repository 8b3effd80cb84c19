import { keysOf } from '../../util/item-text.js';
import { normalizeText } from '../../util/normalize.js';
import { itemRule } from '../rule.js';

/** Latin words of 3+ letters and numbers: the tokens whose echo in the stem cues the key. */
const tokens = (text: string): string[] => normalizeText(text).match(/[a-z][a-z0-9-]{2,}|\d+(?:\.\d+)?/g) ?? [];

/** The key's words appear in the stem (and no distractor's do), so the stem points at the answer. */
export const keyInStem = itemRule('quiz/key-in-stem', 'warning', (item) => {
  if (item.type !== 'single' && item.type !== 'multiple') return [];
  const stem = normalizeText(item.stem);
  const stemTokens = new Set(tokens(item.stem));
  const distractorEcho = item.options
    .filter((o) => !o.correct)
    .some((o) => tokens(o.text).some((t) => stemTokens.has(t)));
  return keysOf(item).flatMap((key) => {
    const text = normalizeText(key.text);
    const echoed = tokens(key.text).filter((t) => stemTokens.has(t));
    if ((text.length >= 2 && stem.includes(text)) || (echoed.length > 0 && !distractorEcho)) {
      return [
        {
          message: `the key "${key.text}" is echoed in the stem${echoed.length > 0 ? ` ("${echoed.join('", "')}")` : ''}`,
          hint: 'Reword the stem so it does not repeat the key, or let distractors share the wording.',
        },
      ];
    }
    return [];
  });
});
