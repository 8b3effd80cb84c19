import path from 'node:path';
import { findNarratives } from '@lectern/narrative';
import { usageError } from '../errors.js';
import { isFolder, isNarrativeDir } from './content-root.js';

/**
 * Turns command arguments into narrative folders. An argument may be a folder holding
 * `narrative.yaml` (relative to cwd) or a narrative id under the content root. No arguments: every
 * narrative under the content root, sorted.
 */
export async function resolveNarrativeDirs(
  args: readonly string[],
  contentRoot: string,
  cwd: string,
): Promise<string[]> {
  if (args.length === 0) {
    const dirs = isNarrativeDir(contentRoot) ? [contentRoot] : await findNarratives(contentRoot).catch(() => []);
    if (dirs.length === 0) {
      throw usageError(
        `no narratives found under ${contentRoot}`,
        'create one with `lectern new <id>` or pass --content <folder>',
      );
    }
    return dirs.map((d) => path.resolve(contentRoot, d));
  }
  const dirs: string[] = [];
  for (const arg of args) {
    const asPath = path.resolve(cwd, arg);
    const asId = path.resolve(contentRoot, arg);
    if (isNarrativeDir(asPath)) dirs.push(asPath);
    else if (isNarrativeDir(asId)) dirs.push(asId);
    // Note: an existing folder without narrative.yaml is loaded all the same, so the loader reports it as
    // content (`file/missing`, exit 1) at its place rather than as a command-line mistake.
    else if (isFolder(asPath)) dirs.push(asPath);
    else
      throw usageError(
        `no narrative at "${arg}"`,
        `expected a folder holding narrative.yaml, or an id under ${contentRoot}`,
      );
  }
  return [...new Set(dirs)];
}
