import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runChildOk } from '../measure/run-child.js';
import { CLI_BIN, CONTENT_ROOT, DEFAULT_NARRATIVE } from '../measure/paths.js';
import { type CpuProfile, type ProfileSummary, summariseProfile } from '../profile/summarise-profile.js';
import type { ScenarioResult } from '../report/results.js';
import { lecternBuildArgv, NO_BROWSER_FORMATS } from './lectern-command.js';
import { profileWatch } from './profile-watch.js';

export interface ProfileOptions {
  /** Also profile `lectern check` (should load no browser or PPTX code). @default true */
  check?: boolean;
  /** Saves profiled in watch mode (0: none). @default 20 */
  watchEdits?: number;
}

async function profiled(argv: string[], tmp: string, name: string): Promise<ProfileSummary> {
  const dir = path.join(tmp, name);
  // Note: --cpu-prof is not allowed in NODE_OPTIONS, so it goes on the command line.
  await runChildOk(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...argv]);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  // The CLI is one process; should it ever spawn Node children, the largest profile is the build.
  let best: ProfileSummary | undefined;
  for (const f of files) {
    const summary = summariseProfile(JSON.parse(await readFile(path.join(dir, f), 'utf8')) as CpuProfile);
    if (!best || summary.totalMs > best.totalMs) best = summary;
  }
  if (!best) throw new Error(`no .cpuprofile written in ${dir}`);
  return best;
}

/** 5. Where the cold build's time goes: `node --cpu-prof`, self time by function and by module. */
export async function profileBuild(options: ProfileOptions = {}): Promise<ScenarioResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-prof-'));
  try {
    const build = await profiled(
      lecternBuildArgv({
        contentRoot: CONTENT_ROOT,
        narrative: DEFAULT_NARRATIVE,
        out: path.join(tmp, 'out'),
        formats: NO_BROWSER_FORMATS,
      }),
      tmp,
      'build',
    );
    const check =
      options.check === false
        ? undefined
        : await profiled([CLI_BIN, 'check', DEFAULT_NARRATIVE, '--content', CONTENT_ROOT], tmp, 'check');
    const watchEdits = options.watchEdits ?? 20;
    const watch = watchEdits > 0 ? await profileWatch(watchEdits) : undefined;
    return {
      id: 'profile',
      title: 'Where the cold build spends its time (node --cpu-prof, self time)',
      measures: [
        { label: 'profiled cold build, sampled CPU time', value: build.totalMs, unit: 'ms' },
        ...(check ? [{ label: 'profiled `lectern check`, sampled CPU time', value: check.totalMs, unit: 'ms' }] : []),
        ...(watch
          ? [
              {
                label: 'profiled watch rebuild, sampled CPU time per save',
                value: watch.totalMs / watchEdits,
                unit: 'ms',
              },
            ]
          : []),
      ],
      details: { build, ...(check ? { check } : {}), ...(watch ? { watch, watchEdits } : {}) },
      notes: [
        'Profiling slows the run; read the shares, not the absolute times.',
        ...(watch
          ? [`Watch: ${watchEdits} saves of a one-paragraph edit, profiled in process after 3 warm-up saves.`]
          : []),
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
