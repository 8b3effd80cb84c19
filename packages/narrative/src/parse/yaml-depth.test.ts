import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-document.js';
import { MAX_FLOW_DEPTH, tooDeepAt } from './yaml-depth.js';

describe('tooDeepAt', () => {
  it('accepts ordinary YAML, quoted brackets and comments', () => {
    expect(
      tooDeepAt(
        'a: [1, [2, {b: 3}]]\nt: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["\n# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n',
      ),
    ).toBe(-1);
    expect(tooDeepAt(`v: ${'['.repeat(MAX_FLOW_DEPTH)}${']'.repeat(MAX_FLOW_DEPTH)}`)).toBe(-1);
  });

  it('finds flow nesting and block nesting past the limits', () => {
    expect(tooDeepAt(`v: ${'['.repeat(MAX_FLOW_DEPTH + 1)}`)).toBe(3 + MAX_FLOW_DEPTH);
    expect(tooDeepAt(`v:\n${'- '.repeat(1000)}x`)).toBeGreaterThan(0);
    expect(tooDeepAt(`v:\n${' '.repeat(1000)}x`)).toBeGreaterThan(0);
  });

  it('makes parseYaml report the place instead of recursing', () => {
    const { findings, ok } = parseYaml(`a: 1\nb: 2\nc: ${'['.repeat(100_000)}`, 'x.yaml', 1);
    expect(ok).toBe(false);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'yaml/syntax',
        loc: expect.objectContaining({ line: 3, column: 4 + MAX_FLOW_DEPTH }),
      }),
    ]);
  });
});

describe('tooDeepAt and apostrophes', () => {
  it('does not let an apostrophe in plain text hide deep nesting after it', () => {
    expect(tooDeepAt(`a: it's fine\nb: ${'['.repeat(1000)}`)).toBeGreaterThan(0);
    expect(tooDeepAt(`a: 'quoted [[[[\n  still quoted'\nb: [1]`)).toBe(-1);
  });
});
