import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserSession, findChrome, openBrowser, renderPdf } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleForms, buildItemBank, type Quiz } from '../../src/index.js';
import { correctAnswerLines } from '../../src/export/correct-answer.js';
import { exportExamHtml, exportExamKeyHtml } from '../../src/export/exam/exam-print.js';
import { labelsFor } from '../../src/export/labels.js';
import { DEFAULT_NARRATIVE, loadFixture } from '../load-fixture.js';
import { HOSTILE, hostileQuiz } from '../fixtures/export/sample-quiz.js';

const chrome = findChrome();
if (!chrome && process.env.CI) throw new Error('CI: no Chromium found for the exam PDF browser test');
if (!chrome)
  console.warn('exam PDF browser test skipped: no Chromium found (apt-get install -y chromium fonts-noto-cjk)');

/** Where the test leaves the PDFs for a person to look at (pdftoppm them). */
export const EXAM_PDF_DIR = join(tmpdir(), 'lectern-exam-pdf');
const A4 = { width: 794, height: 1123 };

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** Text of a PDF page range, without spaces or line breaks (CJK lines break anywhere). */
function text(file: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return run('pdftotext', [...range, '-layout', file, '-']).replace(/\s+/g, '');
}
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);

describe.skipIf(!chrome)('printed exam and key PDFs (Chromium)', () => {
  let browser: BrowserSession;
  let forms: Quiz[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
    mkdirSync(EXAM_PDF_DIR, { recursive: true });
    forms = assembleForms(buildItemBank(await loadFixture(DEFAULT_NARRATIVE)), { seed: 1, forms: 2 }).forms;
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function print(name: string, html: string): Promise<string> {
    const file = join(EXAM_PDF_DIR, name);
    writeFileSync(file, await renderPdf(browser, html, A4));
    return file;
  }

  it('each form: header, numbered questions, an answer sheet page, a key that matches the form; CJK fonts; no network', async () => {
    const blocked = browser.blockedRequests.length;
    for (const [i, quiz] of forms.entries()) {
      const letter = 'AB'[i] as string;
      const exam = await print(`exam-${letter}.pdf`, exportExamHtml(quiz, { form: letter }));
      const key = await print(`exam-key-${letter}.pdf`, exportExamKeyHtml(quiz, { form: letter }));
      const n = pages(exam);
      expect(n).toBeGreaterThan(2);
      const first = text(exam, 1, 1);
      expect(first).toContain(`${letter}卷`);
      for (const field of ['姓名', '班级', '日期', '得分']) expect(first).toContain(field);
      expect(first).toContain(`本卷共${quiz.items.length}题`);
      // Questions numbered 1…N in order, each followed by its stem's opening.
      const questions = text(exam, 1, n - 1);
      let at = 0;
      for (const [k, item] of quiz.items.entries()) {
        const opening = item.stem.replace(/\s+/g, '').slice(0, 6);
        const found = questions.indexOf(`${k + 1}.${opening}`, at);
        expect(found, `question ${k + 1} (${item.id})`).toBeGreaterThanOrEqual(at);
        at = found;
      }
      // The last page is the answer sheet, and only it.
      const sheet = text(exam, n, n);
      expect(sheet).toContain('答题卡选择题涂黑所选字母');
      expect(sheet).toContain(`${quiz.items.length}.`);
      expect(questions).not.toContain('选择题涂黑所选字母');
      // The key answers each number with this form's correct answer, in this form's option letters.
      const keyText = text(key);
      expect(keyText).toContain(`${letter}卷`);
      let from = 0;
      for (const [k, item] of quiz.items.entries()) {
        const answer = (correctAnswerLines(item, labelsFor(quiz.language))[0] ?? '').replace(/\s+/g, '').slice(0, 8);
        const found = keyText.indexOf(answer, keyText.indexOf(String(k + 1), from));
        expect(found, `key ${k + 1} (${item.id}): ${answer}`).toBeGreaterThan(0);
        from = found;
      }
      // Every glyph comes from an embedded font (Chromium embeds the installed Noto CJK faces as Type 3).
      const fonts = run('pdffonts', [exam]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
    }
    expect(browser.blockedRequests.length).toBe(blocked);
    // Forms A and B print different papers with different keys.
    expect(text(join(EXAM_PDF_DIR, 'exam-key-A.pdf'))).not.toBe(text(join(EXAM_PDF_DIR, 'exam-key-B.pdf')));
    expect(text(join(EXAM_PDF_DIR, 'exam-A.pdf'))).not.toBe(text(join(EXAM_PDF_DIR, 'exam-B.pdf')));
  }, 600_000);

  it('prints hostile content as text', async () => {
    const file = await print('exam-hostile.pdf', exportExamHtml(hostileQuiz(), { form: 'A' }));
    expect(text(file)).toContain('<script>alert(1)</script>');
    expect(HOSTILE).toContain('<script>');
  }, 600_000);
});
