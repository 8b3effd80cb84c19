import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../measure/paths.js';
import { addNarratives } from './add-narratives.js';
import { commitAll, copyWorktree } from './copy-worktree.js';
import { changedTasks, type DryTask, dryRun, withDependents } from './turbo.js';

// Each case edits one file of a copy of this repository (plus three synthetic narratives, the third on the
// dark theme), asks turbo for the task graph, and compares every build task's hash with the unedited one.
const NARRATIVE = (id: string) => `@lectern-narrative/${id}#build`;
let repo: string;
let base: Map<string, DryTask>;
let narratives: string[];

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'lectern-task-graph-'));
  await copyWorktree(REPO_ROOT, repo);
  const synth = await addNarratives(repo, {
    count: 3,
    sections: 2,
    themeOf: (i) => (i === 2 ? 'lectern-dark' : 'lectern'),
  });
  commitAll(repo, 'copy');
  base = await dryRun(repo);
  narratives = [...base.keys()].filter((id) => id.startsWith('@lectern-narrative/')).sort();
  expect(narratives).toEqual(expect.arrayContaining(synth.map(NARRATIVE)));
}, 120_000);

afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

/** Appends `text` to a file of the copy, runs the dry run, restores the file: the build tasks whose hash moved. */
async function changedBy(file: string, text: string): Promise<string[]> {
  const full = path.join(repo, file);
  const before = readFileSync(full);
  appendFileSync(full, text);
  try {
    return changedTasks(base, await dryRun(repo));
  } finally {
    writeFileSync(full, before);
  }
}

describe('turbo build inputs: an edit invalidates exactly the tasks that depend on it', { timeout: 120_000 }, () => {
  it('one narrative’s section or narrative.yaml: that narrative only', async () => {
    expect(await changedBy('content/synth-001/sections/s0001.md', '\n补充一句。\n')).toEqual([NARRATIVE('synth-001')]);
    expect(await changedBy('content/synth-002/narrative.yaml', '\n# edited\n')).toEqual([NARRATIVE('synth-002')]);
  });

  it('a theme: the narratives that use it, and no package', async () => {
    expect(await changedBy('packages/deck/themes/lectern-dark.css', '\n/* edited */\n')).toEqual([
      NARRATIVE('synth-003'),
    ]);
    // The dark theme is the light theme's rules plus its colours: both kinds of narrative use lectern.css.
    expect(await changedBy('packages/deck/themes/lectern.css', '\n/* edited */\n')).toEqual(narratives);
  });

  it('a package’s source: its build and every task that depends on it', async () => {
    for (const [file, task] of [
      ['packages/quiz/src/index.ts', '@lectern/quiz#build'],
      ['packages/narrative/src/index.ts', '@lectern/narrative#build'],
      ['apps/cli/src/index.ts', '@lectern/cli#build'],
    ] as const) {
      const changed = await changedBy(file, '\n// edited\n');
      expect(changed).toEqual(withDependents(base, task));
      expect(changed).toEqual(expect.arrayContaining(narratives));
    }
    const quiz = await changedBy('packages/quiz/src/index.ts', '\n// edited\n');
    expect(quiz).not.toContain('@lectern/deck#build');
    expect(quiz).not.toContain('@lectern/narrative#build');
  });

  it('what no build reads: a package’s tests and README, the linter’s config', async () => {
    expect(await changedBy('packages/narrative/README.md', '\nedited\n')).toEqual([]);
    expect(await changedBy('packages/deck/test/public-api.test.ts', '\n// edited\n')).toEqual([]);
    expect(await changedBy('biome.json', '\n')).toEqual([]);
    expect(await changedBy('packages/vitest-config/index.js', '\n// edited\n')).toEqual([]);
  });

  it('shared settings every build reads: the TypeScript base config and the shared tsconfig package', async () => {
    for (const file of ['tsconfig.base.json', 'packages/tsconfig/build.json']) {
      const changed = await changedBy(file, '\n');
      expect(changed).toEqual(
        expect.arrayContaining(['@lectern/narrative#build', '@lectern/cli#build', ...narratives]),
      );
    }
  });
});
