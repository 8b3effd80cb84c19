import { runChildOk } from '../measure/run-child.js';
import { CLI_BIN, CONTENT_ROOT, DEFAULT_NARRATIVE } from '../measure/paths.js';
import type { ScenarioResult } from '../report/results.js';
import { summarise } from '../stats/summary.js';

export interface StartupOptions {
  repeats: number;
}

const range = (values: number[]) => {
  const s = summarise(values);
  return { median: s.median, spread: `${Math.round(s.min)}–${Math.round(s.max)} ms` };
};

/**
 * 0. Start-up: `lectern --version` and `lectern check` of the default narrative as new processes, alternating
 * with a bare `node -e 0` (the floor no CLI gets under), after one discarded warm-up of each.
 */
export async function startup(options: StartupOptions): Promise<ScenarioResult> {
  const version = () => runChildOk(process.execPath, [CLI_BIN, '--version']);
  const check = () => runChildOk(process.execPath, [CLI_BIN, 'check', DEFAULT_NARRATIVE, '--content', CONTENT_ROOT]);
  const bare = () => runChildOk(process.execPath, ['-e', '0']);
  await Promise.all([version(), check(), bare()].map((p) => p.then(() => undefined)));
  const runs = {
    version: [] as number[],
    check: [] as number[],
    node: [] as number[],
    checkCpu: [] as number[],
    nodeCpu: [] as number[],
    versionCpu: [] as number[],
  };
  for (let i = 0; i < options.repeats; i++) {
    const b = await bare();
    runs.node.push(b.ms);
    const ver = await version();
    runs.version.push(ver.ms);
    if (b.cpuMs !== undefined && ver.cpuMs !== undefined) {
      runs.nodeCpu.push(b.cpuMs);
      runs.versionCpu.push(ver.cpuMs);
    }
    const c = await check();
    runs.check.push(c.ms);
    if (c.cpuMs !== undefined) runs.checkCpu.push(c.cpuMs);
  }
  const v = range(runs.version);
  const c = range(runs.check);
  const n = range(runs.node);
  return {
    id: 'startup',
    title: 'Start-up: lectern --version and lectern check (new process each)',
    measures: [
      { label: 'node -e 0 (the floor)', value: n.median, unit: 'ms', spread: n.spread },
      {
        label: 'lectern --version',
        value: v.median,
        unit: 'ms',
        spread: v.spread,
        target: { max: 150, text: '≤ 150 ms' },
      },
      {
        label: 'lectern check (default narrative)',
        value: c.median,
        unit: 'ms',
        spread: c.spread,
        target: { max: 350, text: '≤ 350 ms' },
      },
      ...(runs.versionCpu.length
        ? [
            { label: 'node -e 0, CPU time (user + sys)', value: summarise(runs.nodeCpu).median, unit: 'ms' },
            { label: 'lectern --version, CPU time (user + sys)', value: summarise(runs.versionCpu).median, unit: 'ms' },
          ]
        : []),
      ...(runs.checkCpu.length
        ? [{ label: 'lectern check, CPU time (user + sys)', value: summarise(runs.checkCpu).median, unit: 'ms' }]
        : []),
    ],
    details: runs,
    notes: [
      'The CLI is one esbuild bundle (apps/cli/dist/bin.js and its chunks); each command loads its own chunk.',
      'CPU times are less disturbed by other work on the machine than wall times: `--version` against `node -e 0` is what the CLI adds to Node’s own start.',
    ],
  };
}
