import type { CheckpointQuestion } from '@lectern/deck/model';
import { type Item, slidePrompt } from '@lectern/quiz/model';

/** Preference among an item's kinds for a slide checkpoint: short, answerable at a glance. */
function rank(item: Item): number {
  const authored = item.origin === 'authored' ? 0 : 10;
  const byType: Partial<Record<Item['type'], number>> = { single: 0, 'true-false': 1, numeric: 2, short: 3 };
  const generatorBonus = item.generator === 'numeric-choice' ? 0 : 1;
  return authored + (byType[item.type] ?? 99) * 2 + (item.origin === 'generated' ? generatorBonus : 0);
}

function toCheckpoint(item: Item): CheckpointQuestion | undefined {
  const prompt = slidePrompt(item);
  if (prompt === undefined) return undefined;
  return { itemId: item.id, sectionId: item.source.sectionId, paragraphIds: [...item.source.paragraphIds], ...prompt };
}

/**
 * The checkpoint of each section: one question from the item bank, preferring authored single-choice
 * items. The deck places each after its section (a question slide, then its answer slide).
 * @param items the item bank's items
 * @param sections sections to give a checkpoint, in order; by default every section the items come from
 */
export function chooseCheckpoints(items: readonly Item[], sections?: readonly string[]): CheckpointQuestion[] {
  const order = sections ?? [...new Set(items.map((i) => i.source.sectionId))];
  // Note: grouped once, so a narrative of many sections is not scanned once per section.
  const bySection = new Map<string, Item[]>();
  for (const item of items) {
    const group = bySection.get(item.source.sectionId);
    if (group) group.push(item);
    else bySection.set(item.source.sectionId, [item]);
  }
  const out: CheckpointQuestion[] = [];
  for (const sectionId of order) {
    const best = (bySection.get(sectionId) ?? [])
      .map((item, index) => ({ item, index, r: rank(item) }))
      .sort((a, b) => a.r - b.r || a.index - b.index)
      .map(({ item }) => toCheckpoint(item))
      .find((c) => c !== undefined);
    if (best) out.push(best);
  }
  return out;
}
