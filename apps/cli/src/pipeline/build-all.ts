import { fontCacheDir } from '../config/cache-dir.js';
import type { BuildOptions } from '../config/resolve-options.js';
import type { Reporter } from '../report/reporter.js';
import { type NarrativeOutcome, NarrativePipeline } from './narrative-pipeline.js';

/**
 * Loads, checks, builds and writes each narrative in turn. A narrative with content or build errors is
 * not written and its previous output stays as it was.
 */
export async function buildAll(
  options: BuildOptions,
  reporter: Reporter,
  env: Record<string, string | undefined>,
): Promise<NarrativeOutcome[]> {
  const outcomes: NarrativeOutcome[] = [];
  const fonts = fontCacheDir(env);
  for (const dir of options.narrativeDirs) {
    const pipeline = new NarrativePipeline(dir, options, {
      env,
      onProgress: (text) => reporter.progress(text),
      ...(fonts === undefined ? {} : { fontCacheDir: fonts }),
    });
    outcomes.push(await pipeline.run());
  }
  return outcomes;
}
