/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  /** Share of all sampled time, 0–1. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: ProfileEntry[];
  modules: ProfileEntry[];
  /**
   * Lectern's own functions (packages/, apps/) by inclusive time (their callees' time counted), leaving out
   * the ones that hold nearly everything (entry points): which step of the work the time goes to.
   */
  steps: ProfileEntry[];
}

/** A step holding at least this share of the samples is an entry point, not a step. */
const ENTRY_SHARE = 0.9;

/**
 * Groups a script URL by what a reader would blame: the npm package (`handlebars`), the workspace
 * package (`packages/deck`), Node's module loader (`node:internal/modules`), or `(native/gc)`.
 */
export function moduleOf(url: string): string {
  if (!url) return '(native, gc, idle)';
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const workspace = url.match(/\/((?:packages|apps)\/[^/]+)\//);
  if (workspace) return workspace[1]!;
  const internal = url.match(/^node:internal\/([^/]+(?:\/[^/]+)?)/);
  if (internal) return `node:internal/${internal[1]!.split('/')[0]}`;
  return url.startsWith('node:') ? url : 'other';
}

function shortUrl(url: string): string {
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.*)$/);
  if (pkg) return pkg[1]!;
  const workspace = url.match(/\/((?:packages|apps)\/.*)$/);
  return workspace ? workspace[1]! : url;
}

function top(map: Map<string, number>, totalUs: number, count: number): ProfileEntry[] {
  return [...map]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: totalUs === 0 ? 0 : us / totalUs }));
}

function functionLabel(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const { functionName, url, lineNumber } = frame;
  return url ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}` : functionName || '(anonymous)';
}

/** Inclusive time of the workspace's functions: each sample counts once for every distinct one on its stack. */
function workspaceSteps(profile: CpuProfile, byId: Map<number, CpuProfile['nodes'][number]>): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const steps = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/(?:packages|apps)\//.test(frame.url) || /node_modules/.test(frame.url)) continue;
      const label = functionLabel(frame);
      if (seen.has(label)) continue;
      seen.add(label);
      steps.set(label, (steps.get(label) ?? 0) + dt);
    }
  });
  return steps;
}

/** Self time by function and by module, and the workspace's steps by inclusive time, largest first. Pure. */
export function summariseProfile(profile: CpuProfile, count = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    if (node.callFrame.functionName === '(idle)') return;
    total += dt;
    const fn = functionLabel(node.callFrame);
    functions.set(fn, (functions.get(fn) ?? 0) + dt);
    const mod = moduleOf(node.callFrame.url);
    modules.set(mod, (modules.get(mod) ?? 0) + dt);
  });
  const steps = [...workspaceSteps(profile, byId)].filter(([, us]) => total > 0 && us / total < ENTRY_SHARE);
  return {
    totalMs: total / 1000,
    functions: top(functions, total, count),
    modules: top(modules, total, count),
    steps: top(new Map(steps), total, count),
  };
}
