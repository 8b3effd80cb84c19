import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LecternError } from '../errors.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { type ParseResult, parseNarrative } from '../parse/parse-narrative.js';
import { isMissing } from './read-bounded.js';
import { readNarrativeFolder } from './read-files.js';

export interface LoadOptions {
  /** Per-file results of earlier loads of the same folder (`createParseCache()`); see `ParseOptions.cache`. */
  cache?: ParseCache;
}

/** A loaded narrative together with the file text it was parsed from (what `readNarrativeFiles` gives). */
export interface LoadedFolder extends ParseResult {
  files: Record<string, string>;
}

/**
 * Reads and parses the narrative in `dir`. Content problems come back as findings; a folder that does not
 * exist throws a `LecternError` with code `narrative/not-found`.
 */
export async function loadNarrative(dir: string, options: LoadOptions = {}): Promise<ParseResult> {
  const { narrative, findings } = await loadNarrativeFolder(dir, options);
  return narrative ? { narrative, findings } : { findings };
}

/** `loadNarrative`, also returning the files it read (watch mode fingerprints them: one read per rebuild). */
export async function loadNarrativeFolder(dir: string, options: LoadOptions = {}): Promise<LoadedFolder> {
  const abs = resolve(dir);
  try {
    if (!(await stat(abs)).isDirectory())
      throw new LecternError('narrative/not-found', `${dir} is not a folder.`, {
        hint: 'pass the folder that holds narrative.yaml',
      });
  } catch (cause) {
    if (isMissing(cause))
      throw new LecternError('narrative/not-found', `The folder ${dir} does not exist.`, {
        hint: 'pass the folder that holds narrative.yaml, e.g. content/amazon-aws-2023',
        cause,
      });
    throw cause;
  }
  const { files, outside, notFiles } = await readNarrativeFolder(abs, options.cache);
  return {
    ...parseNarrative(files, { dir: abs, outside, notFiles, ...(options.cache ? { cache: options.cache } : {}) }),
    files,
  };
}
