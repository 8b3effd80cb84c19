import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** The repository's own files, as a fresh clone of the working tree would have them: tracked and new, never ignored. */
export function worktreeFiles(repo: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    maxBuffer: 64 * 2 ** 20,
  });
  return out
    .toString('utf8')
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repo, file)));
}

/** Copies the working tree of `repo` (no node_modules, no outputs, no caches) into the empty folder `to`. */
export async function copyWorktree(repo: string, to: string): Promise<number> {
  const files = worktreeFiles(repo);
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(repo, file), path.join(to, file));
  }
  return files.length;
}

/** Makes `dir` a git repository with everything in it committed, as a CI runner's checkout is. */
export function commitAll(dir: string, message: string): void {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=lectern-bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
  if (!existsSync(path.join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', message);
}
