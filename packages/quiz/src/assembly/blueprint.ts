import type { Narrative } from '@lectern/narrative';

/**
 * The table a quiz is drawn against: each section's and objective's share of the items (sections by length,
 * objectives by weight over the sections they cover), the level mix and the limits. Built from the narrative's
 * `quiz:` settings; every number has a default.
 */
export interface Blueprint {
  /** Items in a quiz when the caller does not ask for a number. */
  count: number;
  /** Share of items above Bloom's `remember` level to reach. */
  minAboveRemember: number;
  /** No section gets more than this many times its share. */
  maxSectionRatio: number;
  /** Two items may test the same fact. */
  repeatFacts: boolean;
  /** Each section's share of the quiz (summing to 1), in reading order. */
  sections: { id: string; share: number }[];
  /** Each objective's share of the quiz (summing to 1). */
  objectives: { id: string; share: number; sections: string[] }[];
}

export const DEFAULT_QUIZ_COUNT = 30;

/** The blueprint of a narrative: section shares follow the length of their prose, times any weight the author set. */
export function blueprintOf(narrative: Narrative): Blueprint {
  const settings = narrative.quiz;
  const weights = settings?.sectionWeights ?? {};
  const raw = narrative.sections.map((s) => ({
    id: s.id,
    share: s.paragraphs.reduce((sum, p) => sum + p.text.length, 0) * (weights[s.id] ?? 1),
  }));
  const sections = normalise(raw);
  const shareOf = new Map(sections.map((s) => [s.id, s.share]));
  const covering = new Map<string, number>();
  for (const o of narrative.objectives) for (const s of o.sections) covering.set(s, (covering.get(s) ?? 0) + 1);
  const objectives = normalise(
    narrative.objectives.map((o) => ({
      id: o.id,
      sections: [...o.sections],
      share: (o.weight ?? 1) * o.sections.reduce((sum, s) => sum + (shareOf.get(s) ?? 0) / (covering.get(s) ?? 1), 0),
    })),
  );
  return {
    count: settings?.count ?? DEFAULT_QUIZ_COUNT,
    minAboveRemember: settings?.minAboveRemember ?? 0.5,
    maxSectionRatio: settings?.maxSectionRatio ?? 1.5,
    repeatFacts: settings?.repeatFacts ?? false,
    sections,
    objectives,
  };
}

function normalise<T extends { share: number }>(rows: T[]): T[] {
  const total = rows.reduce((sum, r) => sum + r.share, 0);
  return rows.map((r) => ({ ...r, share: total > 0 ? r.share / total : 1 / Math.max(1, rows.length) }));
}

/** Largest-remainder rounding of `count × share` per row: the item count each row should get. */
export function apportion(shares: readonly number[], count: number): number[] {
  const exact = shares.map((s) => s * count);
  const floors = exact.map(Math.floor);
  let left = count - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/** The most items a section may hold in a quiz of `count`: `maxSectionRatio` × its share, and at least one. */
export function sectionCap(blueprint: Blueprint, share: number, count: number): number {
  return Math.max(1, Math.floor(blueprint.maxSectionRatio * share * count + 1e-9));
}
