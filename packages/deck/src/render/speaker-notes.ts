import type { SpeakerNotes } from '../html/render-deck-html.js';
import type { DeckModel } from '../model/deck-model.js';
import { escapeNotes } from './escape-notes.js';

/**
 * Each slide's speaker notes as Marp collects them from the deck's Markdown (`render().comments`): the text of
 * the notes comment (`partials/notes.hbs`, written when the slide has notes), and nothing else, since every
 * other comment of a slide is a directive. deck.html takes them from here, so its Markdown can leave the notes
 * out and a notes-only edit runs no Marp; `test/speaker-notes.test.ts` compares them with Marp's.
 */
export function speakerNotes(deck: DeckModel): SpeakerNotes {
  return deck.slides.map((slide) => (slide.notes ? [escapeNotes(slide.notes)] : []));
}
