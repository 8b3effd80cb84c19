import { parseFigure } from '../../util/figure.js';
import { itemRule } from '../rule.js';

/** Options of mixed kind (figures beside words) or mixed units: the odd one out is a cue. */
export const mixedOptions = itemRule('quiz/mixed-options', 'warning', (item) => {
  if (item.type !== 'single' && item.type !== 'multiple') return [];
  const figures = item.options.map((o) => parseFigure(o.text));
  const numeric = figures.filter((f) => f !== undefined);
  if (numeric.length === 0) return [];
  if (numeric.length !== figures.length) {
    return [{ message: 'some options are figures and some are not', hint: 'Make all options the same kind.' }];
  }
  const units = [...new Set(numeric.map((f) => `${f.prefix}|${f.unit}`))];
  if (units.length > 1) {
    return [
      {
        message: `options use different units (${units.map((u) => u.replace('|', '…')).join(', ')})`,
        hint: 'Give every option the same unit and scale.',
      },
    ];
  }
  return [];
});
