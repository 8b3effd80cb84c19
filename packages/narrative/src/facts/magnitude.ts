import type { z } from 'zod';
import type { Fact } from '../model.js';
import type { ScaleSchema } from '../schema/fact.js';

export type Scale = z.output<typeof ScaleSchema>;

const MULTIPLIERS: Record<Scale, number> = {
  千: 1e3,
  万: 1e4,
  百万: 1e6,
  亿: 1e8,
  千亿: 1e11,
  万亿: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** What a scale word multiplies by (1 when there is none). */
export function scaleMultiplier(scale: Scale | undefined): number {
  return scale === undefined ? 1 : MULTIPLIERS[scale];
}

/**
 * The quantity a fact states: its value times its scale (`4600` with `亿` → 4.6e11).
 * Rounded to 15 significant digits so that 29.4 × 1e8 is 2940000000, not 2940000000.0000005.
 */
export function factMagnitude(fact: Pick<Fact, 'value'> & { scale?: Scale | undefined }): number {
  return Number((fact.value * scaleMultiplier(fact.scale)).toPrecision(15));
}
