import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, quiz } from '../src/commands/build.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const read = (dir: string, file: string) => readFileSync(path.join(dir, 'out/mini/quiz', file));

describe('build --forms', { timeout: 600_000 }, () => {
  it('writes form folders beside the unchanged single quiz, the same blueprint in each, deterministically', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await build({ formats: 'json,print,gift' }, ioFor(p.dir))).toBe(0);
    const single = ['quiz.json', 'quiz.md', 'answer-key.md', 'quiz.gift.txt'].map((f) => read(p.dir, f));
    const io = ioFor(p.dir);
    expect(await build({ formats: 'json,print,gift', forms: '2', json: true }, io)).toBe(0);
    ['quiz.json', 'quiz.md', 'answer-key.md', 'quiz.gift.txt'].forEach((f, i) => {
      expect(read(p.dir, f), f).toEqual(single[i]);
    });
    const forms = ['a', 'b'].map((l) => JSON.parse(read(p.dir, `form-${l}/quiz.json`).toString('utf8')));
    for (const f of ['quiz.md', 'answer-key.md', 'quiz.gift.txt', 'quiz.schema.json'])
      expect(existsSync(path.join(p.dir, 'out/mini/quiz/form-b', f)), f).toBe(true);
    expect(existsSync(path.join(p.dir, 'out/mini/quiz/form-a/quiz-report.json'))).toBe(false);
    const mix = (q: { items: { level: string; difficulty: string; source: { sectionId: string } }[] }) =>
      q.items.map((i) => `${i.source.sectionId}/${i.level}/${i.difficulty}`).sort();
    expect(mix(forms[1])).toEqual(mix(forms[0]));
    expect(forms[0].title).toMatch(/\(Form A\)$/);
    expect(forms[1].title).toMatch(/\(Form B\)$/);
    expect(JSON.stringify(forms[1].items)).not.toBe(JSON.stringify(forms[0].items));
    const again = read(p.dir, 'form-b/quiz.json');
    expect(await build({ formats: 'json,print,gift', forms: 2 }, ioFor(p.dir))).toBe(0);
    expect(read(p.dir, 'form-b/quiz.json')).toEqual(again);
    // A build without forms drops the form folders again.
    expect(await build({ formats: 'json,print,gift' }, ioFor(p.dir))).toBe(0);
    expect(existsSync(path.join(p.dir, 'out/mini/quiz/form-a'))).toBe(false);
  });

  it('refuses --forms 0, x, 27 as usage errors and a config quiz.forms of 0 as an invalid config', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    for (const forms of ['0', 'x', '27', '1.5', '']) {
      const io = ioFor(p.dir);
      await expect(build({ formats: 'json', forms }, io), forms).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/--forms must be a whole number from 1 to 26/),
      });
    }
    writeFileSync(path.join(p.dir, 'lectern.config.json'), JSON.stringify({ quiz: { forms: 0 } }));
    await expect(build({ formats: 'json' }, ioFor(p.dir))).rejects.toMatchObject({
      code: 'config/invalid',
      message: expect.stringMatching(/lectern\.config\.json at "quiz\.forms": Too small: expected number to be >=1/),
    });
  });

  it('reports forms that share items, as a warning naming the form', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await build({ formats: 'json', forms: 3, json: true }, io)).toBe(0);
    const findings = JSON.parse(io.out()).narratives[0].findings as { rule: string; message: string }[];
    const shared = findings.filter((f) => f.rule === 'quiz/forms-share-items');
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0]?.message).toMatch(/^form [BC] shares \d+ of \d+ items/);
  });
});

// Note: the CLI does not depend on @lectern/browser; the usual install places are enough to gate this test.
const chrome =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chrome && process.env.CI) throw new Error('CI: no Chromium found for the printed forms test');
describe.skipIf(!chrome)('build --forms 2 prints each form (Chromium)', { timeout: 600_000 }, () => {
  it('adds exam.pdf and exam-key.pdf to each form folder by default', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await quiz({ forms: 2 }, ioFor(p.dir, { CHROME_PATH: chrome }))).toBe(0);
    for (const l of ['a', 'b']) {
      for (const f of ['exam.pdf', 'exam-key.pdf', 'quiz.html', 'quiz.moodle.xml']) {
        expect(existsSync(path.join(p.dir, `out/mini/quiz/form-${l}`, f)), `${l}/${f}`).toBe(true);
      }
      const text = execFileSync('pdftotext', [path.join(p.dir, `out/mini/quiz/form-${l}/exam.pdf`), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain(`Form ${l.toUpperCase()}`);
      expect(text).toContain('Answer sheet');
    }
    expect(existsSync(path.join(p.dir, 'out/mini/quiz/exam.pdf'))).toBe(false);
    const first = read(p.dir, 'form-b/exam.pdf');
    copyFileSync(path.join(p.dir, 'out/mini/quiz/form-b/exam.pdf'), path.join(tmpdir(), 'lectern-form-b-exam.pdf'));
    expect(await quiz({ forms: 2, out: 'again' }, ioFor(p.dir, { CHROME_PATH: chrome }))).toBe(0);
    expect(readFileSync(path.join(p.dir, 'again/mini/quiz/form-b/exam.pdf'))).toEqual(first);
  });
});
