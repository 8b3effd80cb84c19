import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The real path of `target` with every symbolic link resolved, also for a path that does not exist yet:
 * the longest existing ancestor is resolved and the rest appended. Checks on paths compare these, never
 * the text a user typed (`out -> content` must count as the content folder).
 */
export function realPathOf(target: string): string {
  const absolute = path.resolve(target);
  const rest: string[] = [];
  for (let dir = absolute; ; dir = path.dirname(dir)) {
    try {
      return path.join(realpathSync.native(dir), ...rest.reverse());
    } catch {
      if (path.dirname(dir) === dir) return absolute;
      rest.push(path.basename(dir));
    }
  }
}

/** Whether `inner` is `outer` or lies inside it (both absolute, already real). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
