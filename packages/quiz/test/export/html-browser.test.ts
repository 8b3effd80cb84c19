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
if (!chrome) console.warn('quiz.html browser test skipped: no Chromium found (apt-get install -y chromium fonts-noto-cjk)');

/** Where the test leaves its screenshot for a person to look at. */
export const SCREENSHOT = join(tmpdir(), 'lectern-quiz-html.png');

describe.skipIf(!chrome)('quiz.html in headless Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open<T>(quiz: Quiz, fn: (page: Page, problems: string[]) => Promise<T>) {
    return browser.withPage({ width: 900, height: 1400 }, async (page) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await loadHtml(page, exportQuizHtml(quiz));
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
      // per-question Check
      await page.click('#q3-item .actions button');
      expect(await page.textContent('#q3-feedback')).toContain('回答错误');
      // submit with the keyboard
      await page.focus('button[type="submit"]');
      await page.keyboard.press('Enter');
      const statuses = await page.locator('.feedback .status').allTextContents();
      expect(statuses).toEqual(['回答正确', '部分正确 (0.5)', '回答错误', '回答正确', '回答正确', '部分正确 (0.5)', '回答正确', '回答正确']);
      expect(await page.textContent('#quiz-score')).toBe('得分：6 / 8');
      const q1 = await page.textContent('#q1-feedback');
      expect(q1).toContain('回答正确');
      expect(q1).toContain('原文写明 AWS 2022 年营收 801 亿美元。');
      expect(q1).toContain('AWS 2022 年营收 801 亿美元，同比增长 29%。');
      expect(q1).toContain('cloud-fall-p1');
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
  }, 180_000);

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
  }, 180_000);
});
