import type { NarrativeOutcome } from '../pipeline/narrative-pipeline.js';
import type { Colors } from './colors.js';

/** `amazon-aws-2023  deck 31 slides · deck-executive 12 slides · 24 items · 19 files  1.4s` */
export function formatBuildLine(outcome: NarrativeOutcome, c: Colors): string {
  const time = `${(outcome.ms / 1000).toFixed(1)}s`;
  if (!outcome.build) return `${c.red('✖')} ${c.bold(outcome.id)}  not built: content has errors\n`;
  const parts = outcome.build.slides.map((s) => `${s.cut === 'full' ? 'deck' : `deck-${s.cut}`} ${s.count} slides`);
  if (outcome.build.folders.includes('quiz')) parts.push(`${outcome.build.items} items`);
  parts.push(`${outcome.written.length} files`);
  const mark = outcome.ok ? c.green('✔') : c.red('✖');
  return `${mark} ${c.bold(outcome.id)}  ${parts.join(' · ')}  ${c.dim(time)}\n`;
}

/** JSON form of a build, stable apart from the timing. */
export function buildJson(outcomes: readonly NarrativeOutcome[], out: string): unknown {
  return {
    ok: outcomes.every((o) => o.ok),
    out,
    narratives: outcomes.map((o) => ({
      id: o.id,
      dir: o.dir,
      ok: o.ok,
      slides: o.build?.slides ?? [],
      items: o.build?.items ?? 0,
      files: o.written,
      warnings: o.build?.warnings ?? [],
      findings: o.findings,
      ms: Math.round(o.ms),
    })),
  };
}
