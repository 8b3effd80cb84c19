import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Finding, type Narrative, loadNarrative } from '@lectern/narrative';
import { defaultNarrativeDir } from '../../src/index.js';

export interface Loaded {
  narrative: Narrative;
  findings: Finding[];
  /** `source.txt`, split into lines (1-based line n is `sourceLines[n - 1]`). */
  sourceLines: string[];
  sourceText: string;
}

let cached: Promise<Loaded> | undefined;

/** Loads the default narrative once per test file, through the real parser. */
export function loadDefault(): Promise<Loaded> {
  cached ??= (async () => {
    const { narrative, findings } = await loadNarrative(defaultNarrativeDir);
    if (!narrative) {
      throw new Error(
        `the default narrative did not load:\n${findings.map((f) => `${f.rule} ${f.loc?.file}:${f.loc?.line} ${f.message}`).join('\n')}`,
      );
    }
    const sourceText = readFileSync(join(defaultNarrativeDir, narrative.source.file ?? 'source.txt'), 'utf8');
    return { narrative, findings, sourceText, sourceLines: sourceText.split('\n') };
  })();
  return cached;
}
