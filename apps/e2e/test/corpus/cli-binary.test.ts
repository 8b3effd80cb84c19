import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { runLectern } from '../../src/run-lectern.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';
import { type CaseExpectation, committedCases, plainFormats } from '../support/corpus.js';
import { expectClearError } from '../support/expect-clear-error.js';
import { GENERATED_CASE_NAMES, type GeneratedCase, makeGeneratedCases } from '../support/generated-cases.js';

// The real binary in a child process with a 512 MB heap and a generous time limit, for the hostile cases
// (where time and memory are at stake) and a sample of the committed ones. LECTERN_E2E_CORPUS=full runs
// every committed case this way too (`pnpm -F @lectern/e2e corpus`).

const FULL = process.env.LECTERN_E2E_CORPUS === 'full';
/** Committed cases run through the binary by default; the rest only under LECTERN_E2E_CORPUS=full. */
const SAMPLE = ['meta-absent'];
/** Generated cases that only run under LECTERN_E2E_CORPUS=full (they are cheap and covered in-process). */
const FULL_ONLY = [
  'symlink-section-outside',
  'symlink-source-outside',
  'symlink-sections-folder',
  'nul-bytes-meta',
  'invalid-utf8-section',
  'long-line-6mb',
  'deep-block-nesting',
  'many-missing-sections',
];
/** A hang, not slowness: far above a hostile case's run even on a loaded machine. */
const LIMIT_MS = 150_000;

let root: string;
let out: string;
let good: Map<string, Buffer>;
let generated: GeneratedCase[] = [];
const formats = plainFormats();

beforeAll(async () => {
  root = await tempDir('lectern-binary-');
  out = path.join(root, 'out');
  generated = await makeGeneratedCases(path.join(root, 'generated'));
  const built = await runLectern(['build', BASE_NARRATIVE, '--out', out, '--formats', formats, '--quiet'], {
    cwd: root,
  });
  expect(built.code, built.stderr).toBe(0);
  good = await snapshotDir(out);
}, 300_000);

afterAll(async () => {
  await removeDir(root);
});

async function runCase(name: string, dir: string, expected: CaseExpectation): Promise<void> {
  for (const args of [
    ['check', dir],
    ['build', dir, '--out', out, '--formats', formats],
  ]) {
    const run = await runLectern(args, { cwd: root, timeoutMs: LIMIT_MS, maxOldSpaceMb: 512 });
    expect(run.timedOut, `${args[0]} ${name} finishes within ${LIMIT_MS / 1000} s`).toBe(false);
    expect(run.stderr, `${args[0]} ${name} does not run out of memory`).not.toMatch(
      /heap out of memory|Allocation failed/,
    );
    expectClearError(`${args[0]} ${name}`, expected, run.code, run.stdout, run.stderr);
  }
  expect(diffSnapshots(good, await snapshotDir(out)), `build ${name} leaves the last good output untouched`).toEqual(
    [],
  );
}

describe.concurrent('the lectern binary on hostile input (512 MB heap)', () => {
  for (const name of GENERATED_CASE_NAMES.filter((n) => FULL || !FULL_ONLY.includes(n))) {
    it(name, { timeout: 2 * LIMIT_MS + 60_000 }, async () => {
      const c = generated.find((g) => g.name === name)!;
      await runCase(name, c.dir, c);
    });
  }
  for (const c of committedCases().filter((k) => FULL || SAMPLE.includes(k.name))) {
    it(`${c.name}: ${c.about}`, { timeout: 2 * LIMIT_MS + 60_000 }, async () => {
      await runCase(c.name, c.dir, c);
    });
  }
});
