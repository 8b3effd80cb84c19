import { stringsFor } from '../i18n/strings-for.js';
import type { Item } from '../model/item.js';
import { createRng, hashString } from '../util/rng.js';

/** A comprehension question the deck shows after its section (the deck's `CheckpointQuestion`). */
export interface CheckpointQuestion {
  itemId: string;
  sectionId: string;
  stem: string;
  choices?: string[];
  answer: string;
  rationale: string;
  paragraphIds: string[];
}

export interface CheckpointOptions {
  /** Sections to give a checkpoint, in order. @default every section the items come from, in item order */
  sections?: readonly string[];
}

/** Preference among an item's kinds for a slide checkpoint: short, answerable at a glance. */
function rank(item: Item): number {
  const authored = item.origin === 'authored' ? 0 : 10;
  const byType: Partial<Record<Item['type'], number>> = { single: 0, 'true-false': 1, numeric: 2, short: 3 };
  const generatorBonus = item.generator === 'numeric-choice' ? 0 : 1;
  return authored + (byType[item.type] ?? 99) * 2 + (item.origin === 'generated' ? generatorBonus : 0);
}

function toCheckpoint(item: Item): CheckpointQuestion | undefined {
  const base = {
    itemId: item.id,
    sectionId: item.source.sectionId,
    stem: item.stem,
    rationale: item.rationale,
    paragraphIds: [...item.source.paragraphIds],
  };
  switch (item.type) {
    case 'single': {
      // Note: authored items often list the key first; shuffle by the item's id so the slide does not give it away.
      const options = createRng(hashString(item.id)).shuffle(item.options);
      const key = options.find((o) => o.correct);
      return key ? { ...base, choices: options.map((o) => o.text), answer: key.text } : undefined;
    }
    case 'true-false': {
      const s = stringsFor(item.language);
      return { ...base, choices: [s.trueLabel, s.falseLabel], answer: item.answer ? s.trueLabel : s.falseLabel };
    }
    case 'numeric':
      return { ...base, answer: `${item.answer}${item.unit}` };
    case 'short':
      return { ...base, answer: item.answers[0] as string };
    default:
      return undefined;
  }
}

/** One question per section for the deck's checkpoints, preferring authored single-choice items. */
export function toCheckpoints(items: readonly Item[], options: CheckpointOptions = {}): CheckpointQuestion[] {
  const sections = options.sections ?? [...new Set(items.map((i) => i.source.sectionId))];
  // Note: grouped once, so a narrative of many sections is not scanned once per section.
  const bySection = new Map<string, Item[]>();
  for (const item of items) {
    const group = bySection.get(item.source.sectionId);
    if (group) group.push(item);
    else bySection.set(item.source.sectionId, [item]);
  }
  const out: CheckpointQuestion[] = [];
  for (const sectionId of sections) {
    const best = (bySection.get(sectionId) ?? [])
      .map((item, index) => ({ item, index, r: rank(item) }))
      .sort((a, b) => a.r - b.r || a.index - b.index)
      .map(({ item }) => toCheckpoint(item))
      .find((c) => c !== undefined);
    if (best) out.push(best);
  }
  return out;
}
