import { inScript, isChinese } from '@lectern/narrative';

/** Word pairs whose swap turns a statement into its opposite, per language; longest first so 扭亏为盈 wins over 盈利. */
const ZH_PAIRS: readonly [string, string][] = [
  ['扭亏为盈', '由盈转亏'],
  ['护住', '丢掉'],
  ['守住', '丢掉'],
  ['败给', '胜过'],
  ['增长', '下滑'],
  ['上升', '下降'],
  ['提升', '降低'],
  ['提高', '降低'],
  ['扩大', '收窄'],
  ['盈利', '亏损'],
  ['高于', '低于'],
  ['大于', '小于'],
  ['多于', '少于'],
  ['超过', '不足'],
  ['领先', '落后'],
  ['加大', '减少'],
  ['坚持', '放弃'],
  ['优势', '劣势'],
  ['最高', '最低'],
  ['最大', '最小'],
  ['长期', '短期'],
  ['乐观', '悲观'],
  ['缺少', '拥有'],
  ['克制', '激进'],
  ['免费', '收费'],
  ['维持', '失去'],
];

const EN_PAIRS: readonly [string, string][] = [
  ['increased', 'decreased'],
  ['increase', 'decrease'],
  ['rose', 'fell'],
  ['rise', 'fall'],
  ['grew', 'shrank'],
  ['growth', 'decline'],
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['largest', 'smallest'],
  ['fastest', 'slowest'],
  ['more', 'less'],
  ['profit', 'loss'],
  ['gained', 'lost'],
  ['ahead', 'behind'],
  ['long-term', 'short-term'],
  ['strength', 'weakness'],
  ['above', 'below'],
  ['expanded', 'contracted'],
  ['cheaper', 'costlier'],
  ['success', 'failure'],
  ['optimistic', 'pessimistic'],
];

/** One controlled change: the changed text and the words swapped. */
export interface MeaningChange {
  text: string;
  from: string;
  to: string;
}

function occurrences(text: string, word: string, wordBoundary: boolean): number[] {
  const at: number[] = [];
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + word.length] ?? ' ';
    if (wordBoundary && (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}-]/u.test(after))) continue;
    at.push(i);
  }
  return at;
}

/**
 * Statements that say the opposite of `text` in one place: one antonym swapped (增长 → 下滑, rose → fell) where
 * the word occurs exactly once, numbers untouched. In text order, at most one per pair.
 */
export function meaningChanges(text: string, language: string): MeaningChange[] {
  const zh = isChinese(language);
  // Note: the Chinese pairs are written in Simplified; a zh-TW text is searched for their Traditional forms.
  const pairs = zh ? ZH_PAIRS.map(([a, b]) => [inScript(language, a), inScript(language, b)] as const) : EN_PAIRS;
  const out: MeaningChange[] = [];
  const taken: [number, number][] = [];
  for (const [a, b] of pairs) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const at = occurrences(text, from, !zh);
      if (at.length !== 1) continue;
      const start = at[0] as number;
      const end = start + from.length;
      // Note: a swap inside a longer word already swapped (扭亏为盈 holds 盈) would change the meaning twice.
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      // Note: 不足/超过 next to a number changes the figure's bound, which is a change of number, not of meaning.
      if (/\d/.test(text.slice(end, end + 1)) || /\d/.test(text.slice(Math.max(0, start - 1), start))) continue;
      const written = text.slice(start, end);
      const replacement = written[0] === written[0]?.toUpperCase() && !zh ? to[0]!.toUpperCase() + to.slice(1) : to;
      taken.push([start, end]);
      out.push({ text: text.slice(0, start) + replacement + text.slice(end), from: written, to: replacement });
      break;
    }
  }
  // Note: an English sentence's first word is swapped last: a noun there ("Growth held up" → "Decline held up")
  // rarely turns the meaning cleanly; a verb further on (rose → fell) does.
  const at = (c: MeaningChange): number => {
    const i = text.indexOf(c.from);
    return !zh && i === 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return out.sort((x, y) => at(x) - at(y));
}
