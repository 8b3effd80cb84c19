import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A workspace or repository root: pnpm-workspace.yaml, a package.json with `workspaces`, or .git. */
function isWorkspaceRoot(dir: string): boolean {
  if (existsSync(path.join(dir, 'pnpm-workspace.yaml')) || existsSync(path.join(dir, '.git'))) return true;
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { workspaces?: unknown };
    return pkg.workspaces !== undefined;
  } catch {
    return false;
  }
}

/**
 * The root of the project `cwd` belongs to: the nearest folder upwards that is a workspace or repository root;
 * else the nearest folder with a package.json; else `cwd` itself. Lectern looks for its config and content no
 * higher than this, and never writes over it.
 */
export function findProjectRoot(cwd: string): string {
  const start = path.resolve(cwd);
  let nearestPackage: string | undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isWorkspaceRoot(dir)) return dir;
    if (nearestPackage === undefined && existsSync(path.join(dir, 'package.json'))) nearestPackage = dir;
    if (path.dirname(dir) === dir) return nearestPackage ?? start;
  }
}
