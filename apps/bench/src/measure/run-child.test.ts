import { describe, expect, it } from 'vitest';
import { maxOfLines, runChild } from './run-child.js';

describe('maxOfLines', () => {
  it('takes the largest positive number, skipping blanks and junk', () => {
    expect(maxOfLines('100\n\n300\nx\n200\n')).toBe(300);
    expect(maxOfLines('')).toBeUndefined();
  });
});

describe('runChild', () => {
  it('measures a Node child: exit code, output and a plausible peak RSS', async () => {
    const run = await runChild(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 2 ** 20, 1); console.log(a.length)']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(String(64 * 2 ** 20));
    expect(run.peakRssBytes).toBeGreaterThan(64 * 2 ** 20);
    expect(run.ms).toBeGreaterThan(0);
  });

  it('reports a failing exit code', async () => {
    const run = await runChild(process.execPath, ['-e', 'process.exit(3)']);
    expect(run.code).toBe(3);
  });
});
