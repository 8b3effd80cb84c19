#!/usr/bin/env node
// Adds up the vitest JSON reports that each package's `test` task leaves in
// `.vitest-report.json` (restored by turbo on a cache hit too) and prints one
// closing line, "N passed, N failed, N skipped", for CI to read.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'apps', '.']) {
  const base = join(root, group);
  const dirs = group === '.' ? ['content'] : readdirSync(base);
  for (const dir of dirs) {
    const file = join(base, dir, '.vitest-report.json');
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    rows.push(`  ${dir.padEnd(12)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
  }
}
console.log(rows.join('\n'));
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
