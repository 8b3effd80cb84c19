import type { Fact } from '@lectern/narrative';

type Sense = 'percent' | 'points' | 'currency' | 'multiple' | 'date' | 'other';

const SCALE = '(?:thousand|million|billion|trillion|bn|mn|[万亿千百]+)';
const POINTS_AFTER = /^\s*(?:个百分点|percentage[- ]points?|pp\b|points?\b)/i;
const PERCENT_AFTER = /^\s*(?:%|％|percent|per cent)/i;
const CURRENCY_AFTER = new RegExp(
  `^\\s*(?:${SCALE}\\s*)?(?:美元|元|人民币|港元|欧元|dollars?|yuan|euros?|USD|RMB)`,
  'i',
);
const CURRENCY_BEFORE = /(?:US\$|[$¥€£])\s*$/;
const MULTIPLE_AFTER = /^\s*(?:倍|x\b|times\b|-?fold\b)/i;
/** A day, month, year or quarter: `4月13日`, `2023年`, `Q4`, `FY2025`. */
const DATE_AFTER = /^\s*(?:年|月|日|号|季度)/;
const DATE_BEFORE = /(?:\bQ|\bH|\bFY|第)$/;

/** What a number written in a sentence measures, from the words around it; undefined when they do not say. */
function senseAt(before: string, after: string): Sense | undefined {
  if (POINTS_AFTER.test(after)) return 'points';
  if (PERCENT_AFTER.test(after) || before.endsWith('百分之')) return 'percent';
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return 'currency';
  if (MULTIPLE_AFTER.test(after)) return 'multiple';
  if (DATE_AFTER.test(after) || DATE_BEFORE.test(before)) return 'date';
  return undefined;
}

const senseOf = (fact: Fact): Sense =>
  fact.kind === 'percent'
    ? 'percent'
    : fact.kind === 'percentage-points'
      ? 'points'
      : fact.kind === 'currency'
        ? 'currency'
        : fact.kind === 'multiple'
          ? 'multiple'
          : fact.kind === 'year' || fact.kind === 'duration'
            ? 'date'
            : 'other';

/**
 * Whether `text` writes the fact's number as that kind of figure: `34` in `34%的份额`, not in `134` or `3.4`; a 20%
 * growth is not written by `$20 billion`, nor 5 percentage points by `5%`, nor 4倍 by `4月13日`. A number whose unit
 * the words do not say (`14家`, `19 stores`) counts for any fact.
 */
export function mentionsFact(text: string, fact: Fact): boolean {
  const n = String(fact.value).replace('.', '\\.');
  const want = senseOf(fact);
  for (const m of text.matchAll(new RegExp(`(?<![\\d.])${n}(?![\\d]|\\.\\d)`, 'g'))) {
    const at = m.index ?? 0;
    const sense = senseAt(text.slice(Math.max(0, at - 8), at), text.slice(at + m[0].length, at + m[0].length + 24));
    if (sense === undefined || sense === want) return true;
  }
  return false;
}
