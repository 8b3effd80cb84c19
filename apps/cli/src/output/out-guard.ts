import { lstatSync } from 'node:fs';
import { CliError } from '../errors.js';
import { isWithin, realPathOf } from './real-path.js';

export interface OutGuard {
  /** Folders that hold content: the content root and each narrative folder. */
  contentDirs: readonly string[];
  /** The project root (`findProjectRoot`). */
  projectRoot: string;
}

function refuse(message: string, hint: string): never {
  throw new CliError('build/unsafe-out', message, { hint });
}

/**
 * Checks `--out` against the real paths of the content and the project before anything is written, and returns
 * its real path. Refused: an output folder that is, contains or lies inside a content folder (through a
 * symbolic link too), that is or contains the project root, or that names something other than a folder.
 */
export function checkOutFolder(out: string, guard: OutGuard): string {
  const real = realPathOf(out);
  for (const dir of guard.contentDirs) {
    const content = realPathOf(dir);
    if (isWithin(real, content) || isWithin(content, real)) {
      const how = real === content ? 'is' : isWithin(real, content) ? 'lies inside' : 'contains';
      refuse(
        `refusing to write outputs to ${out}: it ${how} the content folder ${dir}`,
        'choose an --out folder beside the content, e.g. --out out',
      );
    }
  }
  const root = realPathOf(guard.projectRoot);
  if (isWithin(root, real)) {
    refuse(
      `refusing to write outputs to ${out}: it ${real === root ? 'is' : 'contains'} the project folder ${guard.projectRoot}`,
      'choose a folder of its own for the outputs, e.g. --out out',
    );
  }
  try {
    if (!lstatSync(real).isDirectory())
      refuse(
        `--out ${out} names a file, not a folder`,
        'choose a folder for the outputs (it is created when missing), e.g. --out out',
      );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return real;
}
