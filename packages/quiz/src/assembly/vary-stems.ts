import { stemPrefix } from '../lint/rules/stem-prefix.js';
import type { Item } from '../model/item.js';
import { hashString } from '../util/rng.js';

/**
 * Rewords the stems of a quiz's generated items among their phrasings so the openings vary: items without
 * alternatives are counted first, then each item in quiz order takes, of its phrasings, one whose opening the quiz
 * has used least so far. Ties go to the phrasing the seed prefers for that item, so the same quiz and seed always
 * read the same, and another seed reads differently.
 */
export function varyStems(
  items: readonly Item[],
  phrasings: Readonly<Record<string, readonly string[]>>,
  seed: number,
): Item[] {
  const used = new Map<string, number>();
  const count = (stem: string): void => {
    const p = stemPrefix(stem);
    used.set(p, (used.get(p) ?? 0) + 1);
  };
  for (const item of items) if (!phrasings[item.id]) count(item.stem);
  return items.map((item) => {
    const variants = phrasings[item.id];
    if (!variants) return item;
    const start = hashString(`${seed}\u0000${item.id}`) % variants.length;
    let best = item.stem;
    let bestUse = Number.POSITIVE_INFINITY;
    for (let k = 0; k < variants.length; k++) {
      const stem = variants[(start + k) % variants.length] as string;
      const use = used.get(stemPrefix(stem)) ?? 0;
      if (use < bestUse) {
        best = stem;
        bestUse = use;
      }
    }
    count(best);
    return best === item.stem ? item : { ...item, stem: best };
  });
}
