#!/usr/bin/env node
// `pnpm test`: builds, type-checks, lints and tests every workspace through turbo (cached),
// then prints the added-up result line. Extra arguments go to turbo (e.g. --filter).
import { spawnSync } from 'node:child_process';

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', 'typecheck', 'lint', 'test', '--output-logs=errors-only', '--continue', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
const summary = spawnSync('node', [new URL('./test-summary.mjs', import.meta.url).pathname], { stdio: 'inherit' });
process.exit(turbo.status || summary.status || 0);
