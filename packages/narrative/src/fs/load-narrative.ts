import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LecternError } from '../errors.js';
import { type ParseResult, parseNarrative } from '../parse/parse-narrative.js';
import { isMissing } from './read-bounded.js';
import { readNarrativeFolder } from './read-files.js';

/**
 * Reads and parses the narrative in `dir`. Content problems come back as findings; a folder that does not
 * exist throws a `LecternError` with code `narrative/not-found`.
 */
export async function loadNarrative(dir: string): Promise<ParseResult> {
  const abs = resolve(dir);
  try {
    if (!(await stat(abs)).isDirectory()) throw new LecternError('narrative/not-found', `${dir} is not a folder.`, { hint: 'pass the folder that holds narrative.yaml' });
  } catch (cause) {
    if (isMissing(cause)) throw new LecternError('narrative/not-found', `The folder ${dir} does not exist.`, { hint: 'pass the folder that holds narrative.yaml, e.g. content/amazon-aws-2023', cause });
    throw cause;
  }
  const { files, outside } = await readNarrativeFolder(abs);
  return parseNarrative(files, { dir: abs, outside });
}
