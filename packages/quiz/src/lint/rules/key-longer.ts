import { visualWidth } from '../../util/visual-width.js';
import { itemRule } from '../rule.js';

/** Key at least this much wider than the mean of the distractors, and wider than every one of them, is a cue. */
const RATIO = 1.5;
const MIN_EXTRA = 4;

/** The key is noticeably longer than the other options (by visual width: a CJK character counts 2). */
export const keyLonger = itemRule('quiz/key-longer', 'warning', (item) => {
  if (item.type !== 'single') return [];
  const key = item.options.find((o) => o.correct);
  const others = item.options.filter((o) => !o.correct).map((o) => visualWidth(o.text));
  if (!key || others.length === 0) return [];
  const width = visualWidth(key.text);
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  const longest = Math.max(...others);
  if (width > longest && width >= mean * RATIO && width - longest >= MIN_EXTRA) {
    return [
      {
        message: `the key is ${width} wide while the other options average ${Math.round(mean)}`,
        hint: 'Shorten the key or give the distractors the same detail.',
      },
    ];
  }
  return [];
});
