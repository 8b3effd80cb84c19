import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../measure/paths.js';
import type { Measure, ScenarioResult } from '../report/results.js';
import { addNarratives } from '../scale-out/add-narratives.js';
import { commitAll, copyWorktree } from '../scale-out/copy-worktree.js';
import { startRemoteCache } from '../scale-out/remote-cache.js';
import { remoteHitRate, type SummaryTask, taskSpan } from '../scale-out/run-summary.js';
import { runTurboBuild } from '../scale-out/run-turbo.js';
import { digestDiff, treeDigest } from '../scale-out/tree-digest.js';
import { NO_BROWSER_FORMATS } from './lectern-command.js';

export interface ScaleOutOptions {
  /** Synthetic narratives added to the clone. */
  narratives: number;
  /** Sections per synthetic narrative. */
  sections: number;
}

const isNarrative = (t: SummaryTask) => t.taskId.startsWith('@lectern-narrative/');

/**
 * A repository made from this one's working tree with the synthetic narratives added, each a workspace package,
 * and a `content/lectern.config.json` choosing the formats a runner without Chromium builds; committed.
 */
async function makeRepo(dir: string, options: ScaleOutOptions): Promise<void> {
  await copyWorktree(REPO_ROOT, dir);
  await addNarratives(dir, { count: options.narratives, sections: options.sections });
  await writeFile(
    path.join(dir, 'content', 'lectern.config.json'),
    `${JSON.stringify({ formats: NO_BROWSER_FORMATS }, null, 2)}\n`,
  );
  // The new workspace packages go into the lockfile, as `pnpm install` after `lectern new` puts them.
  execFileSync('pnpm', ['install', '--lockfile-only', '--offline', '--ignore-scripts', '--reporter=silent'], {
    cwd: dir,
    stdio: 'ignore',
  });
  commitAll(dir, 'clone');
}

const install = (dir: string) =>
  execFileSync('pnpm', ['install', '--offline', '--frozen-lockfile', '--ignore-scripts', '--reporter=silent'], {
    cwd: dir,
    stdio: 'ignore',
  });

/**
 * 6. Scaling out with Turborepo: runner A, a clean clone with N synthetic narratives, builds everything cold with
 * turbo's parallelism and fills a Turborepo remote cache (`turborepo-remote-cache` on 127.0.0.1, local storage);
 * runner B, a second clean clone, runs the same build against that cache only and must get every task from it.
 */
export async function scaleOut(options: ScaleOutOptions): Promise<ScenarioResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-scale-out-'));
  const cache = await startRemoteCache(path.join(tmp, 'remote-cache'));
  try {
    const origin = path.join(tmp, 'origin');
    const a = path.join(tmp, 'runner-a');
    const b = path.join(tmp, 'runner-b');
    await makeRepo(origin, options);
    const clone = (dir: string) => execFileSync('git', ['clone', '--quiet', origin, dir], { stdio: 'ignore' });
    const t0 = performance.now();
    clone(a);
    install(a);
    const setupMs = performance.now() - t0;
    // Runner A: no local cache to start from, writes to the remote one.
    const cold = await runTurboBuild(
      a,
      ['--cache=local:rw,remote:rw', `--cache-dir=${path.join(tmp, 'cache-a')}`],
      cache.env,
    );
    const narrativeSpan = taskSpan(cold.summary, isNarrative);
    const packageSpan = taskSpan(cold.summary, (t) => !isNarrative(t) && t.command !== '<NONEXISTENT>');
    // Runner B: a new clone of the same commit, nothing installed, reads the remote cache only.
    clone(b);
    const warm = await runTurboBuild(b, ['--cache=remote:r', `--cache-dir=${path.join(tmp, 'cache-b')}`], cache.env);
    const hits = remoteHitRate(warm.summary);
    const diff = digestDiff(await treeDigest(path.join(a, 'out')), await treeDigest(path.join(b, 'out')));
    const outFiles = (await treeDigest(path.join(a, 'out'))).size;
    const cores = os.availableParallelism();
    const perMinute = narrativeSpan.count / (narrativeSpan.ms / 60_000);
    const measures: Measure[] = [
      {
        label: `runner A, cold: turbo run build (${options.narratives + 1} narratives + packages)`,
        value: cold.ms,
        unit: 'ms',
      },
      {
        label: 'runner A: narrative builds, narratives/min',
        value: perMinute,
        unit: '/min',
        spread: `${narrativeSpan.count} in ${(narrativeSpan.ms / 1000).toFixed(1)} s after the packages (${(packageSpan.ms / 1000).toFixed(1)} s)`,
      },
      {
        label: `runner A: CPU use (user + sys / wall, ${cores} cores)`,
        value: cold.cpuMs / cold.ms,
        unit: 'cores',
        spread: `${Math.round((cold.cpuMs / cold.ms / cores) * 100)}% of the machine; CPU ${(cold.cpuMs / 1000).toFixed(0)} s`,
      },
      { label: 'runner B, clean clone: turbo run build from the remote cache', value: warm.ms, unit: 'ms' },
      {
        label: 'runner B: remote cache hit rate',
        value: hits.percent,
        unit: '%',
        spread: `${hits.hits}/${hits.tasks} tasks`,
        target: { min: 100, text: '100%' },
      },
      {
        label: 'runner B: outputs identical to runner A’s',
        value: outFiles - diff.length,
        unit: `of ${outFiles} files`,
      },
    ];
    return {
      id: 'scale-out',
      title: `Scaling out: ${options.narratives} synthetic narratives, two CI runners sharing a Turborepo remote cache`,
      measures,
      details: {
        narratives: options.narratives,
        sections: options.sections,
        setupMs,
        cold: { ms: cold.ms, cpuMs: cold.cpuMs, narrativeSpan, packageSpan },
        warm: { ms: warm.ms, cpuMs: warm.cpuMs, ...hits },
        outputsDiffer: diff.slice(0, 20),
      },
      notes: [
        `Each runner is a fresh git clone of one commit: this working tree plus ${options.narratives} synthetic narratives of ${options.sections} sections (seeds 1…${options.narratives}) as workspace packages, and content/lectern.config.json choosing the non-browser formats. Runner A installs (pnpm, offline store; ${(setupMs / 1000).toFixed(0)} s, not in the figure) and builds with turbo's default concurrency; runner B installs nothing: every task comes from the cache. The cache server is turborepo-remote-cache on 127.0.0.1 with local storage, started by the bench; TURBO_API/TURBO_TOKEN/TURBO_TEAM are set for both runs.`,
      ],
    };
  } finally {
    await cache.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}
