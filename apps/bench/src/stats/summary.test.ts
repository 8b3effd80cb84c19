import { describe, expect, it } from 'vitest';
import { median, percentile, ratioOf, summarise } from './summary.js';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([5], 95)).toBe(5);
  });

  it('ignores input order and does not mutate it', () => {
    const values = [3, 1, 2];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(3);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects empty input and out-of-range p', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('gives median, p95, range and spread', () => {
    const s = summarise([100, 110, 90, 300, 105]);
    expect(s).toMatchObject({ n: 5, median: 105, min: 90, max: 300, mean: 141 });
    expect(s.p95).toBeCloseTo(262);
    expect(s.spread).toBeCloseTo(2);
    expect(median([7, 1, 4])).toBe(4);
  });
});

describe('ratioOf', () => {
  it('divides medians and ranges the pairwise ratios', () => {
    expect(ratioOf([50, 60, 40], [100, 100, 100])).toEqual({ ratio: 0.5, min: 0.4, max: 0.6 });
  });
});
