import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../src/pipeline/write-outputs.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputs', () => {
  it('swaps folders in atomically and keeps the old output when writing fails', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-write-'));
    await writeOutputs({ out: dir, narrativeId: 'n', files: new Map([['deck/a.md', 'one']]), folders: ['deck'] });
    expect(readFileSync(path.join(dir, 'n/deck/a.md'), 'utf8')).toBe('one');
    // 'deck/a.md' as a file and as a folder: the second write fails half-way.
    const failing = new Map([
      ['deck/a.md', 'two'],
      ['deck/a.md/b', 'x'],
    ]);
    await expect(writeOutputs({ out: dir, narrativeId: 'n', files: failing, folders: ['deck'] })).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'n/deck/a.md'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['n']);
  });

  it('refuses paths outside the output folder', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-write-'));
    for (const key of ['../x', 'deck/../../x', '/etc/x', 'other/x']) {
      await expect(
        writeOutputs({ out: dir, narrativeId: 'n', files: new Map([[key, '']]), folders: ['deck'] }),
      ).rejects.toMatchObject({
        code: 'build/unsafe-path',
      });
    }
    await expect(writeOutputs({ out: dir, narrativeId: '..', files: new Map(), folders: [] })).rejects.toMatchObject({
      code: 'build/unsafe-path',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
