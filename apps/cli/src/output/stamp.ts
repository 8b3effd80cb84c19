import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';

/** The file that marks `out/<id>` as written by Lectern; nothing without it is ever replaced or deleted. */
export const STAMP_FILE = '.lectern-output';

/** The stamp's text for a narrative's output folder. */
export function stampText(narrativeId: string): string {
  return `${JSON.stringify({ generator: 'lectern', narrative: narrativeId })}\n`;
}

/** The narrative id a folder's stamp names, or undefined when the folder has no valid stamp. */
export async function readStamp(dir: string): Promise<string | undefined> {
  try {
    const file = path.join(dir, STAMP_FILE);
    if (!(await lstat(file)).isFile()) return undefined;
    const data = JSON.parse(await readFile(file, 'utf8')) as { generator?: unknown; narrative?: unknown };
    return data.generator === 'lectern' && typeof data.narrative === 'string' ? data.narrative : undefined;
  } catch {
    return undefined;
  }
}

/** Output folders of a build from before stamps existed hold nothing but `deck`, `deck-<cut>` and `quiz` folders. */
async function looksLikeUnstampedOutput(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.every((e) => e.isDirectory() && /^(deck|deck-[a-z0-9][a-z0-9._-]*|quiz)$/.test(e.name));
}

/**
 * Throws unless `target` (`out/<id>`) is missing or a folder Lectern wrote for this narrative: stamped with its
 * id, empty, or an earlier unstamped Lectern output. A symbolic link, a file or anyone else's folder is refused.
 */
export async function assertReplaceable(target: string, narrativeId: string): Promise<void> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const hint = `move it away or choose another --out; Lectern replaces only folders it wrote (marked by ${STAMP_FILE})`;
  if (info.isSymbolicLink())
    throw new CliError('build/not-ours', `refusing to replace ${target}: it is a symbolic link`, { hint });
  if (!info.isDirectory())
    throw new CliError('build/not-ours', `refusing to replace ${target}: it is not a folder`, { hint });
  const stamped = await readStamp(target);
  if (stamped === narrativeId) return;
  if (stamped !== undefined)
    throw new CliError(
      'build/not-ours',
      `refusing to replace ${target}: it holds the outputs of narrative "${stamped}"`,
      { hint },
    );
  if (!(await looksLikeUnstampedOutput(target)))
    throw new CliError('build/not-ours', `refusing to replace ${target}: Lectern did not write this folder`, { hint });
}
