import path from 'node:path';
import { memoryIo, runCli } from '@lectern/cli';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractViolations } from '../../src/cli-contract.js';
import { copyDir, removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';
import { plainFormats } from '../support/corpus.js';

// Nothing is ever written outside --out, and --out may not point into the content.

let work: string;
let content: string;
const formats = plainFormats();

beforeEach(async () => {
  work = await tempDir('lectern-paths-');
  content = path.join(work, 'content');
  await copyDir(BASE_NARRATIVE, path.join(content, 'e2e-base'));
});

afterEach(async () => {
  await removeDir(work);
});

describe('writing outputs', () => {
  it('a build writes only under --out and leaves no temporary folders there', async () => {
    const before = await snapshotDir(work);
    const io = memoryIo({ cwd: work });
    expect(
      await runCli(['build', '--content', content, '--out', 'out', '--formats', formats, '--quiet'], io),
      io.err(),
    ).toBe(0);
    const changes = diffSnapshots(before, await snapshotDir(work));
    expect(changes.length).toBeGreaterThan(5);
    expect(
      changes.filter((c) => !c.startsWith('+ out/e2e-base/')),
      'files changed outside out/<id>',
    ).toEqual([]);
    expect(
      changes.filter((c) => /\/\.(tmp|old)-/.test(c)),
      'leftover temporary folders',
    ).toEqual([]);
  });

  for (const [what, out] of [
    ['the content folder itself', () => content],
    ['a narrative folder', () => path.join(content, 'e2e-base')],
    ['a folder inside a narrative', () => path.join(content, 'e2e-base', 'sections', 'out')],
  ] as const) {
    it(`refuses --out pointing at ${what}, writing nothing`, async () => {
      const before = await snapshotDir(work);
      const io = memoryIo({ cwd: work });
      const code = await runCli(['build', '--content', content, '--out', out(), '--formats', formats], io);
      expect(code).not.toBe(0);
      expect(io.err()).toMatch(/content folder/);
      expect(contractViolations(io.out(), io.err())).toEqual(['prints no error line']);
      expect(diffSnapshots(before, await snapshotDir(work))).toEqual([]);
    });
  }

  it('refuses --out inside the content for watch too', async () => {
    const io = memoryIo({ cwd: work });
    const controller = new AbortController();
    const code = await runCli(['watch', '--content', content, '--out', content], io, controller.signal);
    expect(code).not.toBe(0);
    expect(io.err()).toMatch(/content folder/);
  });
});
