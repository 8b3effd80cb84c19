import type { Fact } from '@lectern/narrative';

export type FactKey = 'claim' | 'group';

const keyOf: Record<FactKey, (f: Fact) => string | undefined> = {
  /** Subject, metric and period: facts that state the same thing. */
  claim: (f) => `${f.subject}\u0000${f.metric}\u0000${f.period ?? '\u0001'}`,
  group: (f) => f.group,
};

const cache = new WeakMap<readonly Fact[], Map<FactKey, Map<string, Fact[]>>>();

/**
 * The facts of a list sharing `fact`'s key (including `fact` itself when listed), in list order. Built once
 * per list and key: generators ask this for every fact, and scanning the whole list each time made large
 * narratives quadratic. Empty when `fact` has no such key (no group).
 */
export function factsLike(facts: readonly Fact[], fact: Fact, by: FactKey): readonly Fact[] {
  let byKey = cache.get(facts);
  if (!byKey) {
    byKey = new Map();
    cache.set(facts, byKey);
  }
  let index = byKey.get(by);
  if (!index) {
    index = new Map();
    for (const f of facts) {
      const key = keyOf[by](f);
      if (key === undefined) continue;
      const list = index.get(key);
      if (list) list.push(f);
      else index.set(key, [f]);
    }
    byKey.set(by, index);
  }
  const key = keyOf[by](fact);
  return key === undefined ? [] : (index.get(key) ?? []);
}
