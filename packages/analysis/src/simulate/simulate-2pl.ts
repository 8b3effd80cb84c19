import { type AnalysisItem, emptyMatrix, type ResponseMatrix } from '../response-matrix.js';

/** One simulated item: 2PL discrimination `a` and difficulty `b`; wrong answers spread over `distractors` weights. */
export interface SimulatedItem {
  id: string;
  a: number;
  b: number;
  /** Relative attraction of each distractor (default three equal ones). */
  distractors?: number[];
}

/** mulberry32: a small, fast, seedable generator; good enough for simulation, not for secrets. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Responses of `learners` simulated learners (ability θ ~ N(0, 1)) to items following the two-parameter
 * logistic model P(correct | θ) = 1 / (1 + e^(−a(θ − b))). Deterministic for a seed. Each item is a single
 * choice with option `k` keyed and distractors `d1…`; a wrong answer picks a distractor by its weight.
 */
export function simulate2pl(items: SimulatedItem[], learners: number, seed = 1): ResponseMatrix {
  const random = generator(seed);
  const normal = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const meta: AnalysisItem[] = items.map((it) => ({
    id: it.id,
    type: 'single',
    options: [
      { id: 'k', text: 'key', correct: true },
      ...(it.distractors ?? [1, 1, 1]).map((_, j) => ({
        id: `d${j + 1}`,
        text: `distractor ${j + 1}`,
        correct: false,
      })),
    ],
  }));
  const m = emptyMatrix(
    meta,
    Array.from({ length: learners }, (_, l) => `sim-${l + 1}`),
  );
  const k = items.length;
  for (let l = 0; l < learners; l++) {
    const theta = normal();
    for (let i = 0; i < k; i++) {
      const it = items[i]!;
      const right = random() < 1 / (1 + Math.exp(-it.a * (theta - it.b)));
      m.scores[l * k + i] = right ? 1 : 0;
      if (right) m.choices[i]![l] = 'k';
      else {
        const weights = it.distractors ?? [1, 1, 1];
        let r = random() * weights.reduce((x, y) => x + y, 0);
        let j = 0;
        while (j < weights.length - 1 && r >= weights[j]!) r -= weights[j++]!;
        m.choices[i]![l] = `d${j + 1}`;
      }
    }
  }
  return m;
}
