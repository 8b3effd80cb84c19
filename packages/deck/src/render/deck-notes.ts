import { renderNotesHtml } from '../html/render-notes-html.js';
import type { DeckModel } from '../model/deck-model.js';
import { createDeckRenderer, type DeckRenderer } from './deck-renderer.js';

/**
 * The notes pages of a deck (one A4 page per slide: the slide, then its speaker notes) as a self-contained
 * HTML document, for `exportBrowserFormats({ notesHtml })`.
 *
 * @param renderer a renderer that has rendered this deck already reuses its slides' Markdown; its font cache
 *   (`createDeckRenderer({ fontCache })`) keeps the notes pages' subset fonts between builds
 */
export function renderDeckNotesHtml(deck: DeckModel, renderer: DeckRenderer = createDeckRenderer()): Promise<string> {
  const markdown = renderer.render(deck, { charts: 'inline' });
  const cache = renderer.fontCache ? { fontCache: renderer.fontCache } : {};
  return renderNotesHtml(markdown, { title: deck.title, lang: deck.language, ...cache });
}
