export * from './model-api.js';
export { renderChartSvg } from './charts/render-chart.js';
export { DECK_CSP, renderDeckHtml } from './html/render-deck-html.js';
export type { DeckHtmlOptions } from './html/render-deck-html.js';
export { directoryFontCache, type FontCache } from './html/fonts/font-cache.js';
export { renderDeckFiles } from './render/deck-files.js';
export { renderDeckNotesHtml } from './render/deck-notes.js';
export { renderNotesHtml } from './html/render-notes-html.js';
export type { NotesHtmlOptions } from './html/render-notes-html.js';
export type { DeckFilesOptions } from './render/deck-files.js';
export { createDeckRenderer, renderMarpMarkdown } from './render/deck-renderer.js';
export type { DeckRenderer, MarkdownOptions } from './render/deck-renderer.js';
export { escapeMarkdown } from './render/escape-markdown.js';
export { escapeNotes } from './render/escape-notes.js';
export {
  addPdfOutline,
  deckOutline,
  type OutlineEntry,
  type BrowserFormats,
  type BrowserFormatsRequest,
  type DeckPngOptions,
  exportBrowserFormats,
  exportDeckPdf,
  exportDeckPngs,
  exportPptx,
  measureRenderedSlides,
  type PptxOptions,
  type RenderedSlide,
  type SlideProblem,
} from './export/index.js';
