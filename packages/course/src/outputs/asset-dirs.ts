import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folders besides the narrative whose files a build reads: the deck package's `templates/` and `themes/`,
 * when they exist. Watch mode rebuilds when they change.
 */
export function assetDirs(): string[] {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('@lectern/deck'));
  } catch {
    return [];
  }
  const pkg = path.dirname(path.dirname(entry));
  return ['templates', 'themes'].map((d) => path.join(pkg, d)).filter((d) => existsSync(d));
}
