import path from 'node:path';
import { memoryIo, runCli } from '@lectern/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';
import { type CaseExpectation, committedCases, plainFormats } from '../support/corpus.js';
import { expectClearError } from '../support/expect-clear-error.js';
import { type GeneratedCase, makeGeneratedCases } from '../support/generated-cases.js';

// Every bad narrative, committed or generated, through `lectern check` and `lectern build` in-process
// (the same runCli the binary calls). The child-process variant with a heap limit is cli-binary.test.ts.

let root: string;
let out: string;
let good: Map<string, Buffer>;
let generated: GeneratedCase[] = [];
const formats = plainFormats();

beforeAll(async () => {
  root = await tempDir('lectern-corpus-');
  out = path.join(root, 'out');
  generated = await makeGeneratedCases(path.join(root, 'generated'));
  const io = memoryIo({ cwd: root });
  const code = await runCli(['build', BASE_NARRATIVE, '--out', out, '--formats', formats, '--quiet'], io);
  expect(io.err(), 'the base narrative builds cleanly').not.toMatch(/error/);
  expect(code).toBe(0);
  good = await snapshotDir(out);
  expect(good.size).toBeGreaterThan(5);
});

afterAll(async () => {
  await removeDir(root);
});

async function runCase(name: string, dir: string, expected: CaseExpectation): Promise<void> {
  const check = memoryIo({ cwd: root });
  const checkCode = await runCli(['check', dir], check);
  expectClearError(`check ${name}`, expected, checkCode, check.out(), check.err());

  const build = memoryIo({ cwd: root });
  const buildCode = await runCli(['build', dir, '--out', out, '--formats', formats], build);
  expectClearError(`build ${name}`, expected, buildCode, build.out(), build.err());
  expect(diffSnapshots(good, await snapshotDir(out)), `build ${name} leaves the last good output untouched`).toEqual(
    [],
  );
}

describe('committed bad narratives (test/fixtures/bad)', () => {
  const cases = committedCases();
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(`${c.name}: ${c.about}`, async () => {
      await runCase(c.name, c.dir, c);
    });
  }
});

describe('generated hostile narratives', () => {
  it('every generated case gives a clear error and leaves the output alone', async () => {
    expect(generated.length).toBeGreaterThanOrEqual(10);
    for (const c of generated) await runCase(c.name, c.dir, c);
  });
});
