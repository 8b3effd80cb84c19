import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toTraditional } from '@lectern/import';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { check } from '../src/commands/check.js';
import { importArticle } from '../src/commands/import.js';
import { newNarrative } from '../src/commands/new.js';
import { ioFor, tempProject } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = path.join(ROOT, 'content/amazon-aws-2023/source.txt');
const CORPUS = path.join(ROOT, 'packages/import/test/corpus');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('new', () => {
  it('scaffolds a narrative that passes check clean, and refuses to overwrite it', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await newNarrative({ id: 'fresh' }, ioFor(p.dir))).toBe(0);
    const io = ioFor(p.dir);
    expect(await check({ narratives: ['fresh'] }, io)).toBe(0);
    expect(io.err()).toContain('no problems');
    await expect(newNarrative({ id: 'fresh' }, ioFor(p.dir))).rejects.toMatchObject({ code: 'new/exists' });
    await expect(newNarrative({ id: 'Bad Id' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('scaffolds in Simplified or Traditional Chinese (flag or the answer at a terminal), each checking clean', {
    timeout: 180_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await newNarrative({ id: 'jian', language: 'zh-CN' }, ioFor(p.dir))).toBe(0);
    const asked: string[] = [];
    const terminal = { ...ioFor(p.dir), ask: async (q: string) => (asked.push(q), 'zh-tw') };
    expect(await newNarrative({ id: 'fan' }, terminal)).toBe(0);
    expect(asked).toHaveLength(1);
    const cn = readFileSync(path.join(p.dir, 'content/jian/narrative.yaml'), 'utf8');
    const tw = readFileSync(path.join(p.dir, 'content/fan/narrative.yaml'), 'utf8');
    expect(cn).toMatch(/^language: zh-CN$/m);
    expect(cn).toContain('一家书店如何变成云');
    expect(tw).toMatch(/^language: zh-TW$/m);
    expect(tw).toContain('一家書店如何變成雲');
    for (const id of ['jian', 'fan']) {
      const io = ioFor(p.dir);
      expect(await check({ narratives: [id] }, io), io.err()).toBe(0);
      expect(io.err()).toContain('no problems');
    }
    await expect(newNarrative({ id: 'other', language: 'fr' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('import', () => {
  it('drafts the seed article into a narrative that checks with 0 errors, lists review marks, and never overwrites', {
    timeout: 180_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await importArticle({ file: SEED, id: 'seed' }, io)).toBe(0);
    expect(io.out()).toMatch(/4 sections, 67 paragraphs/);
    expect(io.out()).toMatch(/next: lectern check --review content\/seed/);
    const dir = path.join(p.dir, 'content/seed');
    expect(readFileSync(path.join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    // The source's filtered words (`*`) are escaped and marked for the author, not left as errors.
    expect(readFileSync(path.join(dir, 'sections/01-yunduan-zhuiluo.md'), 'utf8')).toContain('零售业务\\*个闪了腰');

    const checked = ioFor(p.dir);
    expect(await check({ narratives: ['seed'], json: true }, checked)).toBe(0);
    const findings = JSON.parse(checked.out()).narratives[0].findings as {
      rule: string;
      severity: string;
      message: string;
      loc?: { file: string; line: number };
    }[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const marks = findings.filter((f) => f.rule === 'import/review');
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.severity).toBe('info');
      const line = readFileSync(path.join(dir, m.loc!.file), 'utf8').split('\n')[m.loc!.line - 1]!;
      expect(line).toContain(`# review: ${m.message}`);
    }

    const plain = ioFor(p.dir);
    await check({ narratives: ['seed'] }, plain);
    expect(plain.err()).not.toContain('import/review');
    expect(plain.err()).toMatch(/\d+ drafted values marked `# review:` to verify; `lectern check --review` lists them/);
    const todo = ioFor(p.dir);
    await check({ narratives: ['seed'], review: true }, todo);
    expect(todo.err()).toMatch(/sections\/01-yunduan-zhuiluo\.md:\d+:\d+ {2}info {5}.+import\/review/);

    await expect(importArticle({ file: SEED, id: 'seed' }, ioFor(p.dir))).rejects.toMatchObject({
      code: 'import/exists',
    });
  });

  const articles = readdirSync(CORPUS).filter((f) => /\.(txt|md|html|docx)$/.test(f));
  it.each(articles)(
    '%s: imported as it comes, it checks with 0 errors and builds a deck and a quiz',
    { timeout: 240_000 },
    async (file) => {
      const p = tempProject();
      cleanup = p.cleanup;
      const id = file.replace(/\.[a-z]+$/, '');
      expect(await importArticle({ file: path.join(CORPUS, file), id }, ioFor(p.dir))).toBe(0);
      const checked = ioFor(p.dir);
      expect(await check({ narratives: [id], json: true }, checked)).toBe(0);
      expect(JSON.parse(checked.out()).summary.errors).toBe(0);
      const built = ioFor(p.dir);
      expect(await build({ narratives: [id], formats: 'md,html,json,quizhtml,gift,print', json: true }, built)).toBe(0);
      const out = path.join(p.dir, 'out', id);
      const deck = readFileSync(path.join(out, 'deck/deck.md'), 'utf8');
      expect(deck).toContain('marp: true');
      const json = readFileSync(path.join(out, 'quiz/quiz.json'), 'utf8');
      const quiz = JSON.parse(json) as { items: unknown[] };
      expect(quiz.items.length).toBeGreaterThan(0);
      if (file.startsWith('tw-')) {
        // A Traditional article gets Traditional labels, question templates and units: no character of the
        // deck or the quiz has a different Traditional form (the article's own text is Traditional already).
        // (台 has another form, 臺, but the article writes 台: a character the article uses counts as Traditional.)
        const key = readFileSync(path.join(out, 'quiz/answer-key.md'), 'utf8');
        const article = readFileSync(path.join(CORPUS, file), 'utf8');
        const simplifiedOnly = new Set(
          [...`${deck}${json}${key}`].filter(
            (c) => /\p{Script=Han}/u.test(c) && toTraditional(c) !== c && !article.includes(c),
          ),
        );
        expect([...simplifiedOnly].join('')).toBe('');
      }
    },
  );
});
