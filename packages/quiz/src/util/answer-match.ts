import type { ShortItem } from '../model/item.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What two typed answers must share to count as the same: full-width forms folded (NFKC), case folded, Markdown
 * emphasis, punctuation and quotes dropped, spaces collapsed (and dropped altogether around CJK text, where they
 * carry no meaning). `“数字化支出减少。”` and `数字化支出减少` compare equal; `Cloud  Spend` and `cloud spend` too.
 */
export function normalizeAnswer(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}`^~]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return CJK.test(folded) ? folded.replace(/ /g, '') : folded;
}

const patternCache = new Map<string, RegExp>();

/** Whether a Moodle-style pattern (`*` = any text, at least two literal characters) accepts a typed answer. */
export function matchesPattern(pattern: string, response: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    const parts = pattern.split('*').map((p) => normalizeAnswer(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`^${parts.join('.*')}$`, 'u');
    if (patternCache.size > 1000) patternCache.clear();
    patternCache.set(pattern, re);
  }
  return re.test(normalizeAnswer(response));
}

/** Whether a short-answer item accepts what a learner typed: an accepted answer, or one of its patterns. */
export function acceptsShortAnswer(item: Pick<ShortItem, 'answers' | 'patterns'>, response: string): boolean {
  const typed = normalizeAnswer(response);
  if (typed === '') return false;
  return (
    item.answers.some((a) => normalizeAnswer(a) === typed) ||
    (item.patterns ?? []).some((p) => matchesPattern(p, response))
  );
}
