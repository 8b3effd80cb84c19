import type { Fact } from '@lectern/narrative';
import { decimalsOf, roundTo } from '../util/decimals.js';
import { createRng, hashString } from '../util/rng.js';
import { isDigitPermutation, metricFamily, percentCeiling } from '../util/value-checks.js';

/** How many pool facts one distractor search looks at, at most, per pass. */
const SCAN = 400;
/** |log ratio| of the magnitude band (a third to three times the key): `accept` takes nothing beyond it. */
const BAND = Math.log(3) + 1e-9;

export interface Distractor {
  value: number;
  /** Where it came from: another fact's id, or the perturbation applied. */
  from: string;
}

/** Facts saying something true about the same subject, metric and period (any period when the fact has none). */
function sameClaim(fact: Fact, other: Fact): boolean {
  if (other.subject !== fact.subject || other.metric !== fact.metric) return false;
  return fact.period === undefined || other.period === undefined || other.period === fact.period;
}

interface Pools {
  /** Facts by subject and metric (the part of a claim that must match). */
  claims: Map<string, Fact[]>;
  /** Facts with a positive value by kind, unit, scale and precision, sorted by value. */
  alike: Map<string, Fact[]>;
}

const claimKey = (f: Fact): string => `${f.subject}\u0000${f.metric}`;
const alikeKey = (kind: string, unit: string, scale: string | undefined, decimals: number): string =>
  `${kind}\u0000${unit}\u0000${scale ?? ''}\u0000${decimals}`;

// Note: every numeric fact asks for distractors among all facts; grouping them once per fact list keeps
// large narratives from being scanned and sorted once per fact.
const poolCache = new WeakMap<readonly Fact[], Pools>();

function poolsOf(facts: readonly Fact[]): Pools {
  let pools = poolCache.get(facts);
  if (pools) return pools;
  pools = { claims: new Map(), alike: new Map() };
  for (const f of facts) {
    const claim = pools.claims.get(claimKey(f));
    if (claim) claim.push(f);
    else pools.claims.set(claimKey(f), [f]);
    if (!(f.value > 0)) continue;
    const key = alikeKey(f.kind, f.unit, f.scale, decimalsOf(f.value));
    const alike = pools.alike.get(key);
    if (alike) alike.push(f);
    else pools.alike.set(key, [f]);
  }
  for (const list of pools.alike.values()) list.sort((a, b) => a.value - b.value);
  poolCache.set(facts, pools);
  return pools;
}

/**
 * The facts of a value-sorted pool, nearest to `fact`'s value first (by |log ratio|, ties by id): walks
 * outwards from the fact's place instead of sorting the whole pool for every fact.
 */
function* nearestFirst(pool: readonly Fact[], fact: Fact): Generator<Fact> {
  const distance = (f: Fact) => Math.abs(Math.log(f.value / fact.value));
  let hi = 0;
  for (let top = pool.length; hi < top; ) {
    const mid = (hi + top) >>> 1;
    if (pool[mid]!.value < fact.value) hi = mid + 1;
    else top = mid;
  }
  let lo = hi - 1;
  while (lo >= 0 || hi < pool.length) {
    const d = Math.min(
      lo >= 0 ? distance(pool[lo]!) : Number.POSITIVE_INFINITY,
      hi < pool.length ? distance(pool[hi]!) : Number.POSITIVE_INFINITY,
    );
    const block: Fact[] = [];
    while (lo >= 0 && distance(pool[lo]!) === d) block.push(pool[lo--]!);
    while (hi < pool.length && distance(pool[hi]!) === d) block.push(pool[hi++]!);
    block.sort((a, b) => a.id.localeCompare(b.id));
    yield* block;
  }
}

function perturbations(fact: Fact): Distractor[] {
  const v = fact.value;
  if (fact.kind === 'year') {
    return [-1, 1, -2, 2, -3, 3, -5, 5].map((d) => ({ value: v + d, from: `${d > 0 ? '+' : ''}${d}y` }));
  }
  const step = Math.max(10 ** -decimalsOf(v), 10 ** (Math.floor(Math.log10(Math.abs(v) || 1)) - 1));
  const steps = [1, 2, 3, 5].flatMap((k) => [
    { value: v + k * step, from: `+${k}step` },
    { value: v - k * step, from: `-${k}step` },
  ]);
  const scaled: Distractor[] = [
    { value: v * 2, from: 'x2' },
    { value: v / 2, from: '/2' },
    { value: v * 1.2, from: '+20%' },
    { value: v * 0.8, from: '-20%' },
    { value: v * 1.3, from: '+30%' },
    { value: v * 0.7, from: '-30%' },
    { value: v * 1.1, from: '+10%' },
    { value: v * 0.9, from: '-10%' },
  ];
  // Note: the principled changes come first in a per-fact order, so the key is not always the middle value;
  // the small steps only fill in for small integers where percentages round back to the key.
  return [...createRng(hashString(fact.id)).shuffle(scaled), ...steps];
}

/**
 * Plausible wrong values for a numeric fact: first values of the same kind, unit and precision from other facts,
 * then perturbations (×2, ÷2, ±10–30 %, digit swap) rounded to the fact's precision. Never a value the text gives
 * for the same subject, metric and period; never a duplicate; never negative when the fact is not.
 */
export function numericDistractors(fact: Fact, facts: readonly Fact[], count = 3): Distractor[] {
  const decimals = decimalsOf(fact.value);
  const pools = poolsOf(facts);
  const forbidden = new Set(
    (pools.claims.get(claimKey(fact)) ?? []).filter((f) => sameClaim(fact, f)).map((f) => f.value),
  );
  forbidden.add(fact.value);
  const seen = new Set<number>();
  const out: Distractor[] = [];
  const ceiling = percentCeiling(fact);
  // Note: a bound such as 超过50亿 also makes every smaller bound true, so wrong values lie beyond the bound only.
  const direction =
    fact.qualifier === 'over' || fact.qualifier === 'at-least'
      ? 1
      : fact.qualifier === 'under' || fact.qualifier === 'up-to'
        ? -1
        : 0;
  const accept = (d: Distractor, limit: number): void => {
    const value = roundTo(d.value, decimals);
    if (out.length >= limit || forbidden.has(value) || seen.has(value)) return;
    if (decimalsOf(value) !== decimals && decimals > 0) return;
    if ((direction > 0 && value <= fact.value) || (direction < 0 && value >= fact.value)) return;
    if (fact.value > 0 && value <= 0) return;
    if (value > ceiling) return;
    if (isDigitPermutation(value, fact.value)) return;
    const ratio = value / fact.value;
    // Note: one magnitude band: a wrong value a third or three times the key is spotted without reading.
    if (fact.kind !== 'year' && fact.value !== 0 && (ratio > 3 || ratio < 1 / 3)) return;
    seen.add(value);
    out.push({ value, from: d.from });
  };
  const limit = Math.min(2, count);
  const pool = fact.value > 0 ? (pools.alike.get(alikeKey(fact.kind, fact.unit, fact.scale, decimals)) ?? []) : [];
  // Values of the same metric family first (growth with growth, share with share), then any of the same kind,
  // each nearest first. The walk stops at the limit, past the magnitude band (nothing beyond it is accepted),
  // or after SCAN candidates, so a long narrative is not scanned whole for every fact.
  const family = metricFamily(fact.metric);
  for (const sameFamily of [true, false]) {
    let scanned = 0;
    for (const f of nearestFirst(pool, fact)) {
      if (out.length >= limit || scanned++ >= SCAN) break;
      if (fact.kind !== 'year' && Math.abs(Math.log(f.value / fact.value)) > BAND) break;
      if (f.id !== fact.id && (metricFamily(f.metric) === family) === sameFamily)
        accept({ value: f.value, from: f.id }, limit);
    }
  }
  for (const d of perturbations(fact)) accept(d, count);
  return out;
}
