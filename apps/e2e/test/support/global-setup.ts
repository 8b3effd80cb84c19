import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI_BIN, REPO_ROOT } from '../../src/paths.js';

/** The child-process tests run the built binary: build it (and what it needs) when it is missing. */
export default function setup(): void {
  if (existsSync(CLI_BIN)) return;
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@lectern/cli...', '--output-logs=errors-only'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
