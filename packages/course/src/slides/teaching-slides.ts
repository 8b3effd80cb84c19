import { type DeckModel, teachingSlide } from '@lectern/deck/model';
import type { Item, Quiz } from '@lectern/quiz/model';

/**
 * Each item's teaching slide in `deck`: the 1-based number of the first slide, as the deck is written
 * (section dividers and checkpoint slides counted), that condenses the item's passage. Items whose passage
 * no slide of this deck shows (a condensed cut) are left out.
 */
export function teachingSlides(deck: DeckModel, items: readonly Item[]): Map<string, number> {
  const slides = new Map<string, number>();
  for (const item of items) {
    const slide = teachingSlide(deck, item.source.paragraphIds);
    if (slide !== undefined) slides.set(item.id, slide);
  }
  return slides;
}

/**
 * The quiz with each item's `slide` set to its teaching slide in `deck`, the full deck as written (the
 * deck/ folder): the slide number the answer key, quiz.json and the feedback show.
 */
export function withTeachingSlides(quiz: Quiz, deck: DeckModel): Quiz {
  const slides = teachingSlides(deck, quiz.items);
  return {
    ...quiz,
    items: quiz.items.map((item) => {
      const { slide: _old, ...rest } = item;
      const slide = slides.get(item.id);
      return slide === undefined ? rest : { ...rest, slide };
    }),
  };
}
