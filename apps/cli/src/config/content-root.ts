import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as content from '@lectern/content';
import { findProjectRoot } from '../output/project-root.js';

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `contentRoot` exported by @lectern/content, when that package provides it. */
function packageContentRoot(): string | undefined {
  const value = (content as Record<string, unknown>).contentRoot;
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    const result = (value as () => unknown)();
    if (typeof result === 'string') return result;
  }
  return undefined;
}

/**
 * The folder holding narratives: `--content`, else the config's `content`, else the nearest
 * `content/` folder from the working folder up to the project root, else the repository's own content package.
 */
export function resolveContentRoot(
  cwd: string,
  flag?: string,
  config?: { value?: string; dir: string },
  projectRoot?: string,
): string {
  if (flag) return path.resolve(cwd, flag);
  if (config?.value) return path.resolve(config.dir, config.value);
  const stop = path.resolve(projectRoot ?? findProjectRoot(cwd));
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'content');
    if (isDir(candidate)) return candidate;
    if (dir === stop || path.dirname(dir) === dir) break;
  }
  return packageContentRoot() ?? path.join(cwd, 'content');
}

/** Whether `dir` is an existing folder. */
export function isFolder(dir: string): boolean {
  return isDir(dir);
}

export function isNarrativeDir(dir: string): boolean {
  return existsSync(path.join(dir, 'narrative.yaml'));
}
