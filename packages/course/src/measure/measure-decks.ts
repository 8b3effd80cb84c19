import type { BrowserSession } from '@lectern/browser';
import type { RenderedSlide } from '@lectern/deck';
import { listThemes } from '@lectern/deck/model';
import type { Narrative } from '@lectern/narrative';
import { buildRequest } from '../request/build-request.js';
import { runCourse } from '../run/run-course.js';

/** One cut of a narrative in one theme, as Chromium laid it out. */
export interface MeasuredDeck {
  theme: string;
  cut: string;
  /** Each slide: its layout, fill and what escapes it (see `measureRenderedSlides`). */
  slides: RenderedSlide[];
  /** Size of the deck.html measured, in bytes (UTF-8), fonts included. */
  htmlBytes: number;
}

/** Title slides and section dividers are set sparse on purpose: fill targets leave them out. */
export const isFrameSlide = (slide: RenderedSlide): boolean => /^(?:title|section)\b/.test(slide.className);

/**
 * Builds every cut of `narrative` in every theme (`themes`, default every offered one) as `lectern build`
 * does (checkpoints, seed 1), renders each deck's HTML and measures it in Chromium.
 *
 * @param session an open browser session, shared by every deck
 */
export async function measureDecks(
  narrative: Narrative,
  session: BrowserSession,
  themes: readonly string[] = listThemes(),
): Promise<MeasuredDeck[]> {
  // Note: imported here so that `check`, which loads this package, never loads the renderers.
  const { measureRenderedSlides, renderDeckFiles } = await import('@lectern/deck');
  const measured: MeasuredDeck[] = [];
  for (const theme of themes) {
    const run = runCourse(narrative, buildRequest({ theme, formats: ['html'] }));
    for (const { cut, deck } of run.decks) {
      const html = (await renderDeckFiles(deck))['deck.html'] ?? '';
      const slides = await measureRenderedSlides(session, html);
      measured.push({ theme, cut, slides, htmlBytes: Buffer.byteLength(html) });
    }
  }
  return measured;
}
