import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/bench (this package's folder), whether running from src/ or dist/. */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..', '..');
export const CLI_BIN = path.join(REPO_ROOT, 'apps', 'cli', 'dist', 'bin.js');
export const MARP_BIN = path.join(BENCH_DIR, 'node_modules', '.bin', 'marp');
export const CONTENT_ROOT = path.join(REPO_ROOT, 'content');
export const DEFAULT_NARRATIVE = 'amazon-aws-2023';
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const BENCHMARKS_MD = path.join(REPO_ROOT, 'BENCHMARKS.md');

/** The Chromium the project uses: CHROME_PATH, else the Debian package's binary. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  for (const candidate of [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}
