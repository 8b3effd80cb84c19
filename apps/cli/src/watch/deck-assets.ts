import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The deck package's `templates/` and `themes/` folders, when they exist: edits there re-render decks. */
export function deckAssetDirs(): string[] {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('@lectern/deck'));
  } catch {
    return [];
  }
  const pkg = path.dirname(path.dirname(entry));
  return ['templates', 'themes'].map((d) => path.join(pkg, d)).filter((d) => existsSync(d));
}
