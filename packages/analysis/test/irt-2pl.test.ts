import { describe, expect, it } from 'vitest';
import { analyzeResponses, type SimulatedItem, simulate2pl } from '../src/index.js';

/** Spearman rank correlation (no ties in these inputs). */
function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
    const r = new Array<number>(v.length);
    order.forEach((i, k) => {
      r[i] = k;
    });
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

// Heavy (100,000 simulated responses per test): budgets far above the need on a busy machine.
const HEAVY = { timeout: 120_000 };

describe('recovery of known 2PL parameters (5000 simulated learners)', () => {
  it('difficulty: p falls as b rises (20 items, b from −2 to 2, a = 1)', HEAVY, () => {
    const items: SimulatedItem[] = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, a: 1, b: -2 + (4 * i) / 19 }));
    const a = analyzeResponses(simulate2pl(items, 5000, 7));
    const rho = spearman(
      items.map((it) => it.b),
      a.items.map((s) => s.p),
    );
    expect(rho).toBeLessThan(-0.98);
  });

  it('discrimination: corrected r and D rise with a (20 items, a from 0.2 to 2.5, b = 0)', HEAVY, () => {
    const items: SimulatedItem[] = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      a: 0.2 + (2.3 * i) / 19,
      b: 0,
    }));
    const a = analyzeResponses(simulate2pl(items, 5000, 11));
    const as = items.map((it) => it.a);
    expect(
      spearman(
        as,
        a.items.map((s) => s.rpb),
      ),
    ).toBeGreaterThan(0.95);
    expect(
      spearman(
        as,
        a.items.map((s) => s.d),
      ),
    ).toBeGreaterThan(0.95);
  });

  it(
    'a reversed item (a < 0) is flagged for negative discrimination; a distractor nobody picks is flagged',
    HEAVY,
    () => {
      const items: SimulatedItem[] = [
        ...Array.from({ length: 10 }, (_, i) => ({ id: `ok${i}`, a: 1.5, b: -1 + i / 5 })),
        { id: 'miskeyed', a: -1, b: 0 },
        { id: 'dead-distractor', a: 1.2, b: 0, distractors: [1, 1, 0] },
      ];
      const a = analyzeResponses(simulate2pl(items, 2000, 3));
      const rules = (id: string) => a.flags.filter((f) => f.itemId === id).map((f) => f.rule);
      expect(rules('miskeyed')).toContain('analysis/negative-discrimination');
      expect(rules('dead-distractor')).toContain('analysis/non-functioning-distractor');
      expect(rules('ok4')).not.toContain('analysis/negative-discrimination');
      expect(a.items.find((s) => s.id === 'dead-distractor')!.distractorEfficiency).toBeCloseTo(2 / 3, 12);
    },
  );

  it('is deterministic for a seed', HEAVY, () => {
    const items = [{ id: 'x', a: 1, b: 0 }];
    expect(simulate2pl(items, 100, 5).scores).toEqual(simulate2pl(items, 100, 5).scores);
  });
});
