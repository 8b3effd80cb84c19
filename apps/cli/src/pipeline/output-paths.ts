import path from 'node:path';
import { topFolder } from '@lectern/course';
import { CliError } from '../errors.js';

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

function unsafe(message: string): CliError {
  return new CliError('build/unsafe-path', message);
}

/**
 * `out/<id>`, after checking the narrative id is one plain folder name. Both writers (the atomic
 * folder swap and watch mode's changed-files write) go through here and `outputFile`, so they accept and
 * refuse the same paths.
 */
export function narrativeTarget(out: string, narrativeId: string): string {
  if (!SAFE_NAME.test(narrativeId) || narrativeId !== narrativeId.toLowerCase() || narrativeId.includes('..')) {
    throw unsafe(`refusing to write outputs for narrative id "${narrativeId}"`);
  }
  return path.join(out, narrativeId);
}

/**
 * The absolute file for an output key (`deck/deck.md`), refusing any key that would land outside
 * `out/<id>/<folder>/`: absolute, `..`, empty or odd segments, not normalised, or (when `folders` is given)
 * under a top folder the build did not produce.
 */
export function outputFile(target: string, key: string, folders?: readonly string[]): string {
  const segments = key.split('/');
  const plain = segments.every((s) => SAFE_NAME.test(s) && s !== '..') && path.posix.normalize(key) === key;
  if (!plain || (folders !== undefined && !folders.includes(topFolder(key)))) {
    throw unsafe(`refusing to write "${key}" outside its output folder`);
  }
  return path.join(target, ...segments);
}

/** Refuses a top folder name that is not one plain lowercase folder (`deck`, `deck-executive`, `quiz`). */
export function checkFolder(folder: string): void {
  if (!SAFE_NAME.test(folder) || folder !== folder.toLowerCase()) throw unsafe(`refusing to write folder "${folder}"`);
}
