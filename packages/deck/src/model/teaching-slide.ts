import type { DeckModel } from './deck-model.js';

/**
 * The 1-based number of the first slide that teaches any of `paragraphIds` (checkpoint slides
 * excluded: they test, not teach), or undefined when no slide condenses those passages.
 */
export function teachingSlide(deck: DeckModel, paragraphIds: readonly string[]): number | undefined {
  const wanted = new Set(paragraphIds);
  const slide = deck.slides.find(
    (s) => !s.layout.startsWith('checkpoint-') && s.paragraphIds.some((id) => wanted.has(id)),
  );
  return slide === undefined ? undefined : slide.index + 1;
}
