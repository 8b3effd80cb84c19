import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { matchesPattern, normalizeAnswer } from '../../src/index.js';

/** The answer-folding functions of the page's player script, run outside the page. */
function playerFunctions(): { fold: (t: string) => string; matchesPattern: (p: string, r: string) => boolean } {
  const script = readFileSync(new URL('../../templates/quiz-player.js', import.meta.url), 'utf8');
  const start = script.indexOf('  var CJK =');
  const end = script.indexOf('\n  }\n', script.indexOf('function matchesPattern')) + 4;
  expect(start).toBeGreaterThan(0);
  const context = vm.createContext({});
  vm.runInContext(`${script.slice(start, end)}\nthis.fold = fold; this.matchesPattern = matchesPattern;`, context);
  return context as never;
}

const TYPED = [
  '数字化支出减少',
  '“数字化支出减少。”',
  ' 数字化 支出 减少 ',
  'ＡＷＳ的增速',
  'Cloud  Spend',
  'cloud spend.',
  '*Cloud* spend!',
  "Andy Jassy's letter",
  'Andy Jassys letter',
  '安迪·杰西',
  '2023年',
  '',
  '   ',
  'Ｔｒａｉｎｉｕｍ２',
  'e-commerce',
];

describe('quiz.html grades short answers as the exports do', () => {
  it('folds every typed answer exactly as normalizeAnswer does', () => {
    const player = playerFunctions();
    for (const text of TYPED) expect(player.fold(text), JSON.stringify(text)).toBe(normalizeAnswer(text));
  });

  it('matches wildcard patterns exactly as matchesPattern does', () => {
    const player = playerFunctions();
    for (const pattern of ['*数字化*', '*cloud*', 'andy*letter', '*Trainium*']) {
      for (const text of TYPED)
        expect(player.matchesPattern(pattern, text), `${pattern} ~ ${text}`).toBe(matchesPattern(pattern, text));
    }
    expect(player.matchesPattern('*数字化*', '公司的数字化支出减少了')).toBe(true);
  });
});
