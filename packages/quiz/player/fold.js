/* Mirrors normalizeAnswer in util/answer-match.ts (a test runs both over the same strings). */
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export function fold(text) {
  var folded = String(text).normalize('NFKC').toLowerCase().replace(/[\p{P}`^~]/gu, ' ').replace(/\s+/g, ' ').trim();
  return CJK.test(folded) ? folded.replace(/ /g, '') : folded;
}
/* Mirrors matchesPattern in util/answer-match.ts: `*` stands for any text. */
export function matchesPattern(pattern, response) {
  var parts = String(pattern).split('*').map(function (p) { return fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  return new RegExp('^' + parts.join('.*') + '$', 'u').test(fold(response));
}
