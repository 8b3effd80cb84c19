import path from 'node:path';
import { hasErrors } from '@lectern/narrative';
import type { BuildOptions } from '../config/resolve-options.js';
import type { NarrativeFindings, Reporter } from '../report/reporter.js';
import { loadOne } from './load.js';
import { NarrativeBuilder, type NarrativeBuild, requestFrom } from './narrative-builder.js';
import { writeOutputs } from './write-outputs.js';

export interface NarrativeOutcome extends NarrativeFindings {
  id: string;
  ok: boolean;
  build?: NarrativeBuild;
  /** Written files, relative to the output folder. */
  written: string[];
  ms: number;
}

/**
 * Loads, builds and writes each narrative in turn. A narrative with content errors is not built and
 * its previous output stays as it was.
 */
export async function buildAll(options: BuildOptions, reporter: Reporter, env: Record<string, string | undefined>): Promise<NarrativeOutcome[]> {
  const outcomes: NarrativeOutcome[] = [];
  for (const dir of options.narrativeDirs) {
    const started = performance.now();
    const loaded = await loadOne(dir);
    const outcome: NarrativeOutcome = { id: loaded.id, dir, findings: loaded.findings, ok: false, written: [], ms: 0 };
    outcomes.push(outcome);
    if (!loaded.narrative || hasErrors(loaded.findings)) {
      outcome.ms = performance.now() - started;
      continue;
    }
    const build = await new NarrativeBuilder().build(loaded.narrative, requestFrom(options, env, (text) => reporter.progress(text)));
    const everything = options.formatsExplicit === false && options.cuts === undefined && build.folders.includes('quiz') && build.folders.includes('deck');
    const written = await writeOutputs({ out: options.out, narrativeId: build.narrativeId, files: build.files, folders: build.folders, replaceAll: everything });
    outcome.build = build;
    outcome.findings.push(...build.findings);
    outcome.written = written.map((file) => path.relative(options.out, file).split(path.sep).join('/'));
    outcome.ok = !hasErrors(outcome.findings);
    outcome.ms = performance.now() - started;
  }
  return outcomes;
}
