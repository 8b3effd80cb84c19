import { describe, expect, it } from 'vitest';
import { analyzeResponses, emptyMatrix } from '../src/index.js';
import { lsatMatrix } from './fixtures/lsat.js';

// Published reference: Rizopoulos (2006), "ltm: An R Package for Latent Variable Modeling and Item Response
// Theory Analyses", J. Stat. Softw. 17(5), the `descript(LSAT)` output: proportions correct, point-biserial
// correlations with the total score excluding the item, and Cronbach's alpha for all items.
const PUBLISHED = {
  p: [0.924, 0.709, 0.553, 0.763, 0.87],
  rpbExcluded: [0.1128, 0.1532, 0.1728, 0.1444, 0.1216],
  alpha: 0.295,
};

describe('the LSAT worked example (1000 examinees × 5 items)', () => {
  const a = analyzeResponses(lsatMatrix());

  it('reproduces the published proportions correct within 0.01', () => {
    for (const [i, s] of a.items.entries()) expect(Math.abs(s.p - PUBLISHED.p[i]!)).toBeLessThan(0.01);
  });

  it('reproduces the published corrected point-biserials within 0.01', () => {
    for (const [i, s] of a.items.entries()) expect(Math.abs(s.rpb - PUBLISHED.rpbExcluded[i]!)).toBeLessThan(0.01);
  });

  it('reproduces the published alpha within 0.01, and KR-20 equals alpha for 0/1 items', () => {
    expect(Math.abs(a.test.alpha - PUBLISHED.alpha)).toBeLessThan(0.01);
    expect(a.test.kr20).toBe(a.test.alpha);
  });

  it('gives SEM = sd·√(1 − alpha) with the population sd of the totals', () => {
    expect(a.test.mean).toBeCloseTo(3.819, 6);
    expect(a.test.sem).toBeCloseTo(a.test.sd * Math.sqrt(1 - a.test.alpha), 12);
    expect(a.test.sem).toBeGreaterThan(0.86);
    expect(a.test.sem).toBeLessThan(0.88);
  });

  it('flags the easy items (p > 0.9) and every item as weakly discriminating (r < 0.2)', () => {
    expect(a.flags.filter((f) => f.rule === 'analysis/too-easy').map((f) => f.itemId)).toEqual(['item-1']);
    expect(a.flags.filter((f) => f.rule === 'analysis/low-discrimination')).toHaveLength(5);
  });
});

describe('a hand-computed example (10 learners × 3 items)', () => {
  // Learner rows (items 1–3) and item 1's chosen option; the arithmetic is written out in each test.
  const rows = ['111', '111', '110', '101', '110', '100', '011', '010', '000', '000'];
  const picks = ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'b'];
  const m = emptyMatrix(
    [
      {
        id: 'q1',
        type: 'single',
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: false },
          { id: 'c', text: 'C', correct: false },
          { id: 'd', text: 'D', correct: false },
        ],
      },
      { id: 'q2', type: 'true-false' },
      { id: 'q3', type: 'true-false' },
    ],
    rows.map((_, l) => `l${l}`),
  );
  rows.forEach((r, l) => {
    for (let i = 0; i < 3; i++) m.scores[l * 3 + i] = r[i] === '1' ? 1 : 0;
    m.choices[0]![l] = picks[l]!;
  });
  const a = analyzeResponses(m);

  it('p = correct / learners', () => {
    expect(a.items.map((s) => s.p)).toEqual([0.6, 0.6, 0.4]);
  });

  it('D uses round(27 % of 10) = 3 learners per group, ties broken by learner order', () => {
    // Totals 3,3,2,2,2,1,2,1,0,0 → upper = l0,l1,l2 ; lower = l7,l8,l9 (l7 and l5 tie at 1; the later one is lower).
    expect(a.items[0]!.d).toBeCloseTo(1 - 0, 12);
    expect(a.items[1]!.d).toBeCloseTo(1 - 1 / 3, 12);
    expect(a.items[2]!.d).toBeCloseTo(2 / 3 - 0, 12);
  });

  it('option rates and distractor efficiency: b 30 %, c 10 %, d 0 % → 2 of 3 distractors function', () => {
    const rates = Object.fromEntries(a.items[0]!.options.map((o) => [o.id, o.rate]));
    expect(rates).toEqual({ a: 0.6, b: 0.3, c: 0.1, d: 0 });
    expect(a.items[0]!.distractorEfficiency).toBeCloseTo(2 / 3, 12);
    expect(a.flags.some((f) => f.rule === 'analysis/non-functioning-distractor' && f.message.includes('“D”'))).toBe(
      true,
    );
  });

  it('alpha = k/(k−1)·(1 − Σpq/σ²) = 1.5·(1 − 0.72/1.04)', () => {
    // Σpq = .24 + .24 + .24 = .72 ; totals mean 1.6, σ² = (2·1.96 + 4·.16 + 2·.36 + 2·2.56)/10 = 1.04
    expect(a.test.sd ** 2).toBeCloseTo(1.04, 12);
    expect(a.test.alpha).toBeCloseTo(1.5 * (1 - 0.72 / 1.04), 12);
    expect(a.test.sem).toBeCloseTo(Math.sqrt(1.04) * Math.sqrt(1 - 1.5 * (1 - 0.72 / 1.04)), 12);
  });
});
