import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutputFiles } from '@lectern/course';
import { writeChanged } from '../src/pipeline/write-changed.js';
import { writeOutputs } from '../src/pipeline/write-outputs.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeChanged', () => {
  it('writes only the files whose bytes changed, removes dropped files and folders, and leaves no temp files', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-write-'));
    const first: OutputFiles = new Map<string, string | Uint8Array>([
      ['deck/deck.md', 'one'],
      ['deck/charts/slide-001.svg', '<svg/>'],
      ['deck-old/deck.md', 'gone soon'],
      ['quiz/quiz.json', new Uint8Array([1, 2, 3])],
    ]);
    await writeOutputs({ out: dir, narrativeId: 'n', files: first, folders: ['deck', 'deck-old', 'quiz'] });
    // A marker in an unchanged file shows it was not rewritten.
    writeFileSync(path.join(dir, 'n/deck/charts/slide-001.svg'), 'untouched');
    const next: OutputFiles = new Map<string, string | Uint8Array>([
      ['deck/deck.md', 'two'],
      ['deck/charts/slide-001.svg', '<svg/>'],
      ['quiz/quiz.json', new Uint8Array([1, 2, 3])],
      ['quiz/quiz.md', 'new'],
    ]);
    const written = await writeChanged({ out: dir, narrativeId: 'n', previous: first, next });
    expect(written.map((f) => path.relative(dir, f))).toEqual(['n/deck/deck.md', 'n/quiz/quiz.md']);
    expect(readFileSync(path.join(dir, 'n/deck/deck.md'), 'utf8')).toBe('two');
    expect(readFileSync(path.join(dir, 'n/deck/charts/slide-001.svg'), 'utf8')).toBe('untouched');
    expect(readFileSync(path.join(dir, 'n/quiz/quiz.md'), 'utf8')).toBe('new');
    expect(readdirSync(path.join(dir, 'n')).sort()).toEqual(['.lectern-output', 'deck', 'quiz']);
    expect(readdirSync(path.join(dir, 'n/deck')).sort()).toEqual(['charts', 'deck.md']);
    const dropped = new Map(next);
    dropped.delete('quiz/quiz.md');
    await writeChanged({ out: dir, narrativeId: 'n', previous: next, next: dropped });
    expect(readdirSync(path.join(dir, 'n/quiz'))).toEqual(['quiz.json']);
    expect(statSync(path.join(dir, 'n/quiz/quiz.json')).isFile()).toBe(true);
  });

  it('refuses paths outside the output folder', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-write-'));
    for (const key of ['../x', 'deck/../../x', '/etc/x', 'deck//x']) {
      await expect(
        writeChanged({ out: dir, narrativeId: 'n', previous: new Map(), next: new Map([[key, '']]) }),
      ).rejects.toMatchObject({
        code: 'build/unsafe-path',
      });
    }
    await expect(
      writeChanged({ out: dir, narrativeId: '..', previous: new Map(), next: new Map() }),
    ).rejects.toMatchObject({ code: 'build/unsafe-path' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
