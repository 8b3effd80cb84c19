import path from 'node:path';
import { findChrome } from '@lectern/browser';
import { memoryIo, runCli } from '@lectern/cli';
import { defaultNarrativeDir } from '@lectern/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';
import { plainFormats } from '../support/corpus.js';

// Two builds of the same input and seed into two different folders are byte-identical, file by file.

let root: string;
const chrome = findChrome();

beforeAll(async () => {
  root = await tempDir('lectern-determinism-');
});

afterAll(async () => {
  await removeDir(root);
});

async function buildTwice(
  narrative: string,
  formats: string,
  seed: string,
  extra: string[] = [],
): Promise<[Map<string, Buffer>, Map<string, Buffer>]> {
  const snaps: Map<string, Buffer>[] = [];
  for (const run of ['a', 'b']) {
    const out = path.join(root, `${path.basename(narrative)}-${formats.replace(/,/g, '_')}-${run}`);
    const io = memoryIo({ cwd: root });
    const code = await runCli(
      ['build', narrative, '--out', out, '--formats', formats, '--seed', seed, '--quiet', ...extra],
      io,
    );
    expect(io.err()).not.toMatch(/not built|internal error/);
    expect([0, 1]).toContain(code);
    snaps.push(await snapshotDir(out));
  }
  return [snaps[0]!, snaps[1]!];
}

describe('determinism', () => {
  it('the default narrative (every cut, every format without a browser) builds byte-identically twice', async () => {
    const [a, b] = await buildTwice(defaultNarrativeDir, plainFormats(), '7');
    expect(a.size).toBeGreaterThan(20);
    expect(diffSnapshots(a, b)).toEqual([]);
  }, 300_000);

  it.runIf(chrome !== undefined)(
    'PDF and PNG exports are byte-identical too',
    async () => {
      const [a, b] = await buildTwice(BASE_NARRATIVE, 'pdf,png', '1', ['--cut', 'executive']);
      const pdfs = [...a.keys()].filter((f) => f.endsWith('.pdf'));
      const pngs = [...a.keys()].filter((f) => f.endsWith('.png'));
      if (pdfs.length + pngs.length === 0) {
        console.warn('determinism: no PDF/PNG produced (the deck export is not available yet)');
        return;
      }
      expect(pdfs.length).toBe(1);
      expect(pngs.length).toBeGreaterThan(3);
      expect(diffSnapshots(a, b)).toEqual([]);
    },
    420_000,
  );
});
