import { CliError } from '../errors.js';

/** What each ordinary file-system fault means for the user, and what to do about it. */
export const FAULTS: Record<string, [what: string, hint: string]> = {
  ENOSPC: [
    'the disk is full',
    'free some space (or choose an --out folder on another disk) and build again; the last good output was left as it was',
  ],
  EDQUOT: [
    'the disk quota is used up',
    'free some space in your quota and build again; the last good output was left as it was',
  ],
  EFBIG: [
    'a file is larger than the file-size limit allows',
    'raise the limit (`ulimit -f unlimited`) or leave out the biggest formats (e.g. --formats md,html,json)',
  ],
  EROFS: ['the folder is on a read-only file system', 'choose an --out folder on a writable disk'],
  EACCES: ['permission denied', 'choose a folder you may write to, or fix its permissions'],
  EPERM: ['the operation is not permitted', 'choose a folder you may write to, or fix its permissions'],
  EEXIST: [
    'a file is in the way where a folder is needed',
    'choose an --out folder that is a folder, or move the file away',
  ],
  ENOTDIR: [
    'a file is in the way where a folder is needed',
    'choose an --out folder that is a folder, or move the file away',
  ],
  EISDIR: ['a folder is in the way where a file is needed', 'move the folder away, or choose another --out'],
  EMFILE: ['too many files are open', 'raise the open-file limit (`ulimit -n 4096`) and try again'],
  ENFILE: ['too many files are open on the system', 'close some programs and try again'],
  EIO: ['the disk reported an input/output error', 'check the disk, or choose an --out folder on another one'],
  ENAMETOOLONG: ['a path is too long', 'choose a shorter --out folder'],
};

/**
 * A Node system error (`ENOSPC`, `EACCES`…) as a user error: what happened, where, and what to do. Undefined for
 * other errors, which stay internal ones.
 */
export function systemErrorAsUserError(error: unknown): CliError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, dest, syscall } = error as NodeJS.ErrnoException & { dest?: string };
  const fault = code ? FAULTS[code] : undefined;
  if (!code || !fault || typeof syscall !== 'string') return undefined;
  const where = path ? ` (${syscall} ${path}${dest ? ` → ${dest}` : ''})` : ` (${syscall})`;
  return new CliError(`fs/${code.toLowerCase()}`, `${fault[0]}${where}`, { hint: fault[1], cause: error });
}
