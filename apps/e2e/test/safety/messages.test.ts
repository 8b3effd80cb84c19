import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { lectern, makeProject, type Project } from '../support/project.js';

// Issue #10, item 12: messages that say what is wrong, and nothing content holds acts on the terminal.

let p: Project;
beforeEach(async () => {
  p = await makeProject('lectern-messages-');
});
afterEach(async () => {
  await removeDir(p.root);
});

const S2 = 'sections/02-cloud.md';

async function replaceIn(file: string, from: string | RegExp, to: string): Promise<string> {
  const full = path.join(p.narrative, file);
  const before = await readFile(full, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${from} in ${file}`).not.toBe(before);
  await writeFile(full, after);
  return after;
}

describe('values YAML cannot hold as figures', () => {
  for (const [value, says] of [
    ['1e400', /infinite number/],
    ['.nan', /not a number" \(\.nan\)/],
    ['-.inf', /infinite number/],
  ] as const) {
    it(`a fact value of ${value} is named for what it is`, async () => {
      const text = await replaceIn(S2, /^(\s+value:) [\d.]+$/m, `$1 ${value}`);
      const line = text.split('\n').findIndex((l) => l.includes(`value: ${value}`)) + 1;
      const run = await lectern(p.root, ['check']);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toMatch(new RegExp(`02-cloud\\.md:${line}:\\d+ +error .*must be a number, not`));
      expect(run.out + run.err).toMatch(says);
      expect(run.out + run.err).not.toMatch(/not a number \(null\)/);
      expect(run.out + run.err).toMatch(/hint: write a finite number/);
    });
  }

  for (const [tag, says] of [
    ['!!binary aGVsbG8=', /binary data \(!!binary\)/],
    ['!!timestamp 2023-06-01', /a date/],
  ] as const) {
    it(`a ${tag.split(' ')[0]} value is named for what it is, not "a mapping"`, async () => {
      await replaceIn('narrative.yaml', /^title: .*$/m, `title: ${tag}`);
      const run = await lectern(p.root, ['check']);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toMatch(says);
      expect(run.out + run.err).not.toMatch(/not a mapping/);
    });
  }
});

describe('flags', () => {
  it("`--formats ''` says that it names no format", async () => {
    const run = await lectern(p.root, ['build', '--formats', '']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--formats names no format/);
    expect(run.err).not.toMatch(/undefined/);
  });
});

describe('a numeric item and the fact it tests', () => {
  it('an answer of 1e308 for a fact that says 60 is an error at the answer', async () => {
    // The base narrative's one-fact numeric item; its fact's value is what the answer must be.
    const text = await readFile(path.join(p.narrative, S2), 'utf8');
    const answer = /type: numeric[\s\S]*?answer: ([\d.]+)/.exec(text);
    expect(answer, 'the base narrative has a numeric item').not.toBeNull();
    const after = await replaceIn(S2, /(type: numeric[\s\S]*?answer: )[\d.]+/, '$11e308');
    const line = after.split('\n').findIndex((l) => l.includes('answer: 1e308')) + 1;
    const run = await lectern(p.root, ['check']);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toMatch(
      new RegExp(
        `02-cloud\\.md:${line}:\\d+ +error .*answers 1e\\+308, but the one fact it tests.*content/answer-mismatch`,
      ),
    );
  });
});

describe('the terminal', () => {
  it('shows bidi overrides and zero-width characters from content as visible escapes', async () => {
    await replaceIn('narrative.yaml', /^(\s+- id: shop)$/m, '$1\u202e\u200b');
    const run = await lectern(p.root, ['check']);
    expect(run.code).toBe(1);
    expect(run.out + run.err).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/);
    expect(run.out + run.err).toMatch(/\\u\{202e\}/);
  });
});

describe('GIFT categories', () => {
  it('keep a title with a backslash, slashes and invisible characters as Moodle will read it', async () => {
    await replaceIn('narrative.yaml', /^title: .*$/m, 'title: "A\\\\:B // C\\u202e D\\a"');
    const run = await lectern(p.root, ['build', '--formats', 'gift', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const gift = await readFile(path.join(p.root, 'out', 'e2e-base', 'quiz', 'quiz.gift.txt'), 'utf8');
    const line = gift.split('\n').find((l) => l.startsWith('$CATEGORY:'));
    expect(line).toBeDefined();
    // Moodle's import: `\\` → `\`, while `\:` (and the others) become placeholders; the path splits on single `/`.
    const moodle = line!
      .slice('$CATEGORY:'.length)
      .trim()
      .replace(/\\\\/g, '\u0000')
      .replace(/\\[:#={}~n]/g, '\ufffd')
      .replace(/\u0000/g, '\\');
    expect(moodle).not.toContain('\ufffd');
    expect(moodle).not.toMatch(/[\u0001-\u001f\u202a-\u202e]/);
    expect(moodle.split(/(?<!\/)\/(?!\/)/).map((s) => s.replace(/\/\//g, '/'))).toContain('A\\:B // C D');
  });
});
