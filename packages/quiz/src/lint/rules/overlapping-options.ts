import { figuresOverlap, parseFigure } from '../../util/figure.js';
import { normalizeText } from '../../util/normalize.js';
import { itemRule } from '../rule.js';

/** Options that can be true together: overlapping numeric ranges, or one option's text inside another's. */
export const overlappingOptions = itemRule('quiz/overlapping-options', 'warning', (item) => {
  if (item.type !== 'single') return [];
  const problems: { message: string; hint: string }[] = [];
  const options = item.options;
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const a = options[i]?.text as string;
      const b = options[j]?.text as string;
      const fa = parseFigure(a);
      const fb = parseFigure(b);
      let overlap = false;
      if (fa && fb) overlap = fa.unit === fb.unit && fa.prefix === fb.prefix && figuresOverlap(fa, fb);
      else {
        const na = normalizeText(a);
        const nb = normalizeText(b);
        overlap = na !== nb && na.length >= 2 && nb.length >= 2 && (na.includes(nb) || nb.includes(na));
      }
      if (overlap) {
        problems.push({
          message: `options "${a}" and "${b}" overlap, so more than one may be right`,
          hint: 'Use ranges that do not touch, and options that do not contain one another.',
        });
      }
    }
  }
  return problems;
});
