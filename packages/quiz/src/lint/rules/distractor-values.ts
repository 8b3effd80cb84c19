import type { Item } from '../../model/item.js';
import { parseFigure } from '../../util/figure.js';
import { isDigitPermutation } from '../../util/value-checks.js';
import { itemRule } from '../rule.js';

const SHARE_WORDS = /[占佔]比|份[额額]|比例|比重|share|proportion|percentage of/iu;
const LOWER_WORDS = /低|少|降|[减減]|省|[缩縮]|lower|less|fewer|cheaper|cut|reduc|decreas|drop|fell|sav/iu;

/** The point figures of a choice item's options, with the key's. */
function figures(item: Item): { key: number; others: { text: string; value: number }[]; unit: string } | undefined {
  if (item.type !== 'single') return undefined;
  const key = item.options.find((o) => o.correct);
  const keyFigure = key ? parseFigure(key.text) : undefined;
  if (!key || !keyFigure || keyFigure.low !== keyFigure.high) return undefined;
  const others: { text: string; value: number }[] = [];
  for (const o of item.options) {
    if (o === key) continue;
    const f = parseFigure(o.text);
    if (!f || f.low !== f.high || f.unit !== keyFigure.unit) return undefined;
    others.push({ text: o.text, value: f.low });
  }
  return { key: keyFigure.low, others, unit: keyFigure.unit };
}

/** A distractor that is the key with its digits reordered (92.4% for 29.4%): read as a typo, not a rival value. */
export const digitPermutation = itemRule('quiz/digit-permutation', 'warning', (item) => {
  const f = figures(item);
  if (!f) return [];
  return f.others
    .filter((o) => isDigitPermutation(o.value, f.key))
    .map((o) => ({
      message: `the distractor "${o.text}" is the key with its digits reordered`,
      hint: 'Use another figure of the same metric from the text, or a plausible change of the key.',
    }));
});

/** A value that cannot be true: a share above 100%, or a drop ("低", "lower") of 100% or more. */
export const impossibleValue = itemRule('quiz/impossible-value', 'warning', (item) => {
  const f = figures(item);
  if (!f || f.unit !== '%') return [];
  const context = `${item.stem}\n${item.type === 'cloze' ? item.text : ''}`;
  const share = SHARE_WORDS.test(context);
  const lower = LOWER_WORDS.test(context);
  return f.others
    .filter((o) => (share && o.value > 100) || (lower && o.value >= 100 && f.key < 100))
    .map((o) => ({
      message: `the distractor "${o.text}" is impossible here (${share ? 'a share over 100%' : 'a drop of 100% or more'})`,
      hint: 'Keep wrong values within what the quantity can take.',
    }));
});

/** A distractor outside the key's magnitude band (under a third, or over three times the key): rejected on sight. */
export const magnitudeBand = itemRule('quiz/magnitude-band', 'warning', (item) => {
  const f = figures(item);
  if (!f || !(f.key > 0) || /^\d{4}$/.test(String(f.key))) return [];
  return f.others
    .filter((o) => o.value > 0 && (o.value / f.key > 3 || o.value / f.key < 1 / 3))
    .map((o) => ({
      message: `the distractor "${o.text}" is out of the key's magnitude band`,
      hint: 'Choose wrong values between a third of the key and three times it.',
    }));
});
