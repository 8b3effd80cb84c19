import {
  type DeckModel,
  type DeckRenderer,
  deckOutline,
  exportBrowserFormats,
  exportPptx,
  renderDeckFiles,
  renderDeckNotesHtml,
} from '@lectern/deck';
import type { BrowserSession } from '@lectern/browser';
import type { DeckFormat } from '../request/formats.js';
import type { FileData } from './output-files.js';

/**
 * Every text file of a deck folder from `renderDeckFiles` (deck.md, theme CSS, chart SVGs, deck.html),
 * narrowed to the requested formats: `md` keeps everything but deck.html; `html` keeps deck.html. deck.html
 * is rendered only when `html` is asked for or `needHtml` (the browser exports print it).
 */
export async function plainDeckFiles(
  deck: DeckModel,
  formats: readonly DeckFormat[],
  renderer?: DeckRenderer,
  needHtml = false,
): Promise<{ files: [string, FileData][]; html: string }> {
  const html = needHtml || formats.includes('html');
  const all = await renderDeckFiles(deck, { html, ...(renderer ? { renderer } : {}) });
  const files = Object.entries(all).filter(([name]) =>
    name === 'deck.html' ? formats.includes('html') : formats.includes('md'),
  );
  return { files, html: all['deck.html'] ?? '' };
}

export async function pptxFile(deck: DeckModel): Promise<[string, FileData]> {
  return ['deck.pptx', await exportPptx(deck)];
}

/** What the browser makes of one deck. */
export interface BrowserDeckRequest {
  pdf: boolean;
  png: boolean;
  /** The notes PDF. */
  notes: boolean;
}

/** PDF (with bookmarks per section), slide PNGs and the notes PDF, made in one browser session by @lectern/deck. */
export async function browserDeckFiles(
  deck: DeckModel,
  html: string,
  { pdf, png, notes }: BrowserDeckRequest,
  session?: BrowserSession,
  renderer?: DeckRenderer,
): Promise<[string, FileData][]> {
  if (!pdf && !png && !notes) return [];
  const result = await exportBrowserFormats(html, {
    pdf,
    png,
    ...(pdf ? { outline: deckOutline(deck) } : {}),
    ...(notes ? { notesHtml: await renderDeckNotesHtml(deck, renderer) } : {}),
    ...(session ? { session } : {}),
  });
  const files: [string, FileData][] = [];
  if (result.pdf) files.push(['deck.pdf', result.pdf]);
  if (result.notesPdf) files.push(['deck-notes.pdf', result.notesPdf]);
  (result.pngs ?? []).forEach((bytes, i) => {
    files.push([`slides/${String(i + 1).padStart(3, '0')}.png`, bytes]);
  });
  return files;
}
