import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserSession, findChrome, loadHtml, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportQuizHtml } from '../../src/export/html-exporter.js';
import type { Quiz } from '../../src/model/quiz.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

type Page = Parameters<Parameters<BrowserSession['withPage']>[1]>[0];

const chrome = findChrome();
if (!chrome && process.env.CI) throw new Error('CI: no Chromium found for the quiz.html browser test');
if (!chrome)
  console.warn('quiz.html browser test skipped: no Chromium found (apt-get install -y chromium fonts-noto-cjk)');

/** Where the test leaves its screenshot for a person to look at. */
export const SCREENSHOT = join(tmpdir(), 'lectern-quiz-html.png');

describe.skipIf(!chrome)('quiz.html in headless Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open<T>(
    quiz: Quiz,
    fn: (page: Page, problems: string[]) => Promise<T>,
    options: { mode?: 'practice' | 'exam'; width?: number } = {},
  ) {
    return browser.withPage({ width: options.width ?? 900, height: 1400 }, async (page) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await loadHtml(page, exportQuizHtml(quiz, options.mode ? { mode: options.mode } : {}));
      return fn(page, problems);
    });
  }

  it('answers by keyboard and clicks, submits, shows score and feedback; no network', async () => {
    const before = browser.blockedRequests.length;
    await open(sampleQuiz(), async (page, problems) => {
      expect(await page.locator('section.item').count()).toBe(8);
      // 1 single: keyboard — focus A, Space selects it, ArrowDown moves to B (correct).
      await page.focus('#q1-o0');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await page.isChecked('#q1-o1')).toBe(true);
      await page.click('#q2-o0'); // multiple: one of two right options → 0.5
      await page.click('label:has(#q3-o1)'); // true-false: "错误" is wrong → 0
      await page.fill('#q4', '801.3'); // numeric within ±0.5 → 1
      await page.focus('#q5');
      await page.keyboard.type(' AMAZON '); // short, case and space folded → 1
      await page.fill('#q6-g1', '801');
      await page.fill('#q6-g2', '30'); // cloze: one of two gaps → 0.5
      // matching: right column shown as 增长率, AWS 营收, 裁员人数
      await page.selectOption('#q7-m0', { value: '1' });
      await page.selectOption('#q7-m1', { value: '2' });
      await page.selectOption('#q7-m2', { value: '0' });
      // ordering: shown 2022, 2023, 2021 → positions 2, 3, 1
      await page.selectOption('#q8-p0', { value: '1' });
      await page.selectOption('#q8-p1', { value: '2' });
      await page.selectOption('#q8-p2', { value: '0' });
      // per-question Check: the verdict first; the answer is then locked until "try again"
      await page.click('#q3-item .actions button');
      expect(await page.textContent('#q3-feedback .status')).toBe('回答错误。');
      expect(await page.isDisabled('#q3-o0')).toBe(true);
      // after the reveal the learner may retry, but the first check's score stays
      await page.click('#q3-item .actions button:not([hidden])');
      await page.click('label:has(#q3-o0)');
      await page.click('#q3-item .actions button:not([hidden])');
      expect(await page.textContent('#q3-feedback .status')).toBe('回答正确。');
      expect(await page.textContent('#q3-feedback')).toContain('已查看答案：本题得分不再改变');
      // submit with the keyboard
      await page.focus('button[type="submit"]');
      await page.keyboard.press('Enter');
      const statuses = await page.locator('.feedback .status').allTextContents();
      expect(statuses).toEqual([
        '回答正确。',
        '部分正确 (0.5)。',
        '回答错误。',
        '回答正确。',
        '回答正确。',
        '部分正确 (0.5)。',
        '回答正确。',
        '回答正确。',
      ]);
      expect(await page.textContent('#quiz-score')).toBe('得分：6 / 8');
      const q1 = await page.textContent('#q1-feedback');
      expect(q1?.startsWith('回答正确。')).toBe(true);
      expect(q1).toContain('原文写明 AWS 2022 年营收 801 亿美元。');
      expect(q1).toContain('AWS 2022 年营收 801 亿美元，同比增长 29%。');
      expect(q1).toContain('章节 1 云的坠落');
      expect(q1).not.toContain('cloud-fall'); // no internal ids for learners
      expect(q1).toContain('第 3 张幻灯片讲到');
      expect(await page.textContent('#q2-feedback')).toContain('部分正确');
      expect(await page.textContent('#q2-feedback')).toContain('对。');
      expect(await page.textContent('#q6-feedback')).toContain('(1) 801');
      expect(await page.getAttribute('#q1-feedback', 'aria-live')).toBe('polite');
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('quiz-score');
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(problems).toEqual([]);
    });
    expect(browser.blockedRequests.slice(before)).toEqual([]);
  }, 600_000);

  it('shows hostile text as text and runs none of it', async () => {
    const quiz = hostileQuiz();
    const first = quiz.items[0]!;
    first.stem = `<img src="http://example.invalid/x.png" onerror="window.__pwned=1"></script><script>window.__pwned=2</script> ${HOSTILE}`;
    const before = browser.blockedRequests.length;
    await open(quiz, async (page, problems) => {
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('#q1-legend .text').textContent()).toBe(first.stem);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.title()).toBe(quiz.title.replace(/\s+/g, ' ')); // a title shows on one line
      await page.click('button[type="submit"]');
      expect(await page.textContent('#q1-feedback')).toContain(HOSTILE);
      expect(await page.textContent('#quiz-score')).toBe('得分：0 / 8');
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(problems).toEqual([]);
    });
    expect(browser.blockedRequests.slice(before)).toEqual([]);
  }, 600_000);

  it('exam: no key readable before submit, answers locked at submit, breakdown and results to download', async () => {
    const quiz = sampleQuiz();
    const before = browser.blockedRequests.length;
    await open(
      quiz,
      async (page, problems) => {
        // Try to read the key before submitting: from the markup, the data block, and the player's state.
        const html = await page.content();
        const data = (await page.textContent('#quiz-data')) ?? '';
        // Content that gives the key away (rationale, passage, accepted answers) is nowhere in the page…
        for (const secret of ['原文写明', '801 亿美元，同比增长', 'Amazon'])
          expect([secret, html.includes(secret)]).toEqual([secret, false]);
        // …and the data block has no key fields, only salted hashes.
        for (const field of ['"correct":true', '"answers"', '"answerText"', '"explanation"', '"passage"'])
          expect([field, data.includes(field)]).toEqual([field, false]);
        expect(JSON.parse(data).items[0].key.one).toMatch(/^[0-9a-f]{32}$/);
        expect(await page.locator('.actions button').count()).toBe(0); // no per-question check
        expect(await page.locator('.feedback:not(:empty)').count()).toBe(0);
        await page.fill('#learner-name', '王小明');
        await page.click('#q1-o1'); // right
        await page.click('#q2-o0');
        await page.click('#q2-o1'); // right (both right options)
        await page.click('#q3-o0'); // right
        await page.fill('#q4', '800'); // wrong (801 ± 0.5)
        await page.fill('#q5', 'amazon。'); // right: case, width and a trailing full stop folded
        await page.fill('#q6-g1', '801');
        await page.fill('#q6-g2', '29'); // right
        await page.click('button[type="submit"]');
        expect(await page.textContent('#quiz-score')).toBe('得分：5 / 8');
        // Locked: every control is disabled and submitting again changes nothing.
        expect(await page.locator('#quiz-form input:not([disabled]), #quiz-form select:not([disabled])').count()).toBe(
          0,
        );
        expect(await page.isDisabled('button[type="submit"]')).toBe(true);
        expect(await page.textContent('#q4-feedback')).toContain('复习：章节 1 云的坠落');
        const tables = await page.locator('#quiz-report table').allTextContents();
        expect(tables[0]).toContain('按章节');
        expect(tables[0]).toContain('1 云的坠落');
        expect(tables[1]).toContain('按学习目标');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click('a.download[href][download$=".json"]'),
        ]);
        const { readFile } = await import('node:fs/promises');
        const results = JSON.parse(await readFile((await download.path())!, 'utf8'));
        expect(results).toMatchObject({ format: 'lectern-quiz-results', version: 1, mode: 'exam', learner: '王小明' });
        expect(results.quiz.narrativeId).toBe(quiz.narrativeId);
        expect(results.items.map((r: { correct: number }) => r.correct)).toEqual([1, 1, 1, 0, 1, 1, 0, 0]);
        expect(results.items[0]).toMatchObject({ id: quiz.items[0]!.id, response: 'b' });
        expect(results.items[1].response).toEqual(['a', 'b']);
        const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a.download[download$=".csv"]')]);
        const text = await readFile((await csv.path())!, 'utf8');
        expect(text.split('\r\n')[0]).toBe('\uFEFFitem,id,type,response,correct,time_ms');
        expect(problems).toEqual([]);
      },
      { mode: 'exam' },
    );
    expect(browser.blockedRequests.slice(before)).toEqual([]);
  }, 180_000);

  it('ordering refuses a position twice (the entries swap), and the page fits 390 px', async () => {
    await open(
      sampleQuiz(),
      async (page, problems) => {
        await page.selectOption('#q8-p0', { value: '0' });
        await page.selectOption('#q8-p1', { value: '1' });
        await page.selectOption('#q8-p1', { value: '0' }); // taken by entry A → A takes B's old position
        const values = await Promise.all([0, 1, 2].map((i) => page.inputValue(`#q8-p${i}`)));
        expect(values).toEqual(['1', '0', '']);
        expect(await page.textContent('#q8-item [role="status"]')).toContain('两项已互换');
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow).toBeLessThanOrEqual(0);
        const wide = await page.evaluate<number>(
          "[...document.querySelectorAll('select, input, .item')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).length",
        );
        expect(wide).toBe(0);
        await page.screenshot({ path: join(tmpdir(), 'lectern-quiz-390.png'), fullPage: true });
        expect(problems).toEqual([]);
      },
      { width: 390 },
    );
  }, 180_000);

  it('exam pages carry no key for hostile content either, and run none of it', async () => {
    const quiz = hostileQuiz();
    await open(
      quiz,
      async (page, problems) => {
        await page.click('button[type="submit"]');
        expect(await page.textContent('#quiz-score')).toBe('得分：0 / 8');
        expect(problems).toEqual([]);
      },
      { mode: 'exam' },
    );
  }, 180_000);
});
