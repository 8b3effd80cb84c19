import type { LayoutDataMap, LayoutKind, Slide } from './deck-model.js';

/** A slide before it has a position in the deck. */
export type SlideDraft = Slide extends infer S ? (S extends Slide ? Omit<S, 'index'> : never) : never;

/** Builds a draft with the layout and its data typed together. */
export function draft<L extends LayoutKind>(
  layout: L,
  title: string,
  data: LayoutDataMap[L],
  extra: { sectionId?: string; paragraphIds?: string[]; notes?: string; kicker?: string } = {},
): SlideDraft {
  const slide = {
    layout,
    title,
    paragraphIds: extra.paragraphIds ?? [],
    notes: extra.notes ?? '',
    data,
  } as SlideDraft;
  if (extra.sectionId !== undefined) slide.sectionId = extra.sectionId;
  if (extra.kicker !== undefined) slide.kicker = extra.kicker;
  return slide;
}
