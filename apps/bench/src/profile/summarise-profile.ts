/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
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
}

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

/** Self time by function and by module, largest first. Pure. */
export function summariseProfile(profile: CpuProfile, count = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    total += dt;
    const fn = url
      ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`
      : functionName || '(anonymous)';
    functions.set(fn, (functions.get(fn) ?? 0) + dt);
    const mod = moduleOf(url);
    modules.set(mod, (modules.get(mod) ?? 0) + dt);
  });
  return { totalMs: total / 1000, functions: top(functions, total, count), modules: top(modules, total, count) };
}
