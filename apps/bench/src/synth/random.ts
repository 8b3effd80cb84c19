import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** The synthetic generator's only source of randomness: seeded, so a seed always gives the same narrative. */
export interface Random {
  /** Integer in [from, to], both inclusive. */
  int(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  const gen: RandomGenerator = xoroshiro128plus(seed | 0);
  const int = (from: number, to: number): number => unsafeUniformIntDistribution(from, to, gen);
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample<T>(items: readonly T[], count: number): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out.slice(0, count);
    },
  };
}
