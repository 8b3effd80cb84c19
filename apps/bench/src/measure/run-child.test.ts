import { describe, expect, it } from 'vitest';
import { readUsage, runChild } from './run-child.js';

describe('readUsage', () => {
  it('takes the largest RSS and sums CPU time over processes, skipping blanks and junk', () => {
    expect(readUsage('100 2000\n\n300 1000\nx y\n200 500\n')).toEqual({ peakRssBytes: 300, cpuMs: 3.5 });
    expect(readUsage('')).toBeUndefined();
  });
});

describe('runChild', () => {
  it('measures a Node child: exit code, output and a plausible peak RSS', async () => {
    const run = await runChild(process.execPath, [
      '-e',
      'const a = Buffer.alloc(64 * 2 ** 20, 1); console.log(a.length)',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(String(64 * 2 ** 20));
    expect(run.peakRssBytes).toBeGreaterThan(64 * 2 ** 20);
    expect(run.ms).toBeGreaterThan(0);
    expect(run.cpuMs).toBeGreaterThan(0);
  });

  it('reports a failing exit code', async () => {
    const run = await runChild(process.execPath, ['-e', 'process.exit(3)']);
    expect(run.code).toBe(3);
  });
});
