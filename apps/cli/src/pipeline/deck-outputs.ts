import type { Finding, Narrative } from '@lectern/narrative';
import type { DeckFormat } from '../config/formats.js';
import { api, hasApi } from './package-api.js';
import type { FileData } from './output-files.js';

/** The deck model as far as the CLI looks into it; @lectern/deck owns the full type. */
export interface DeckLike {
  narrativeId: string;
  title: string;
  language: string;
  cut: string;
  theme: string;
  slides: unknown[];
}

/** `createDeckRenderer()`'s per-slide cache; the CLI keeps one per cut while watching. */
export type DeckRendererLike = object;

export function buildDeckModel(narrative: Narrative, options: { cut: string; checkpoints?: readonly unknown[]; theme?: string }): DeckLike {
  return api<(n: Narrative, o: object) => DeckLike>('@lectern/deck', 'buildDeckModel')(narrative, options);
}

export function lintDeck(deck: DeckLike, narrative: Narrative): Finding[] {
  return api<(d: DeckLike, n: Narrative) => Finding[]>('@lectern/deck', 'lintDeck')(deck, narrative);
}

export function createDeckRenderer(): DeckRendererLike | undefined {
  return hasApi('@lectern/deck', 'createDeckRenderer') ? api<() => DeckRendererLike>('@lectern/deck', 'createDeckRenderer')() : undefined;
}

/**
 * Every text file of a deck folder from `renderDeckFiles` (deck.md, theme CSS, chart SVGs, deck.html),
 * narrowed to the requested formats: `md` keeps everything but deck.html; `html` keeps deck.html.
 */
export function plainDeckFiles(deck: DeckLike, formats: readonly DeckFormat[], renderer?: DeckRendererLike): { files: [string, FileData][]; html: string } {
  const render = api<(d: DeckLike, o: object) => Record<string, string>>('@lectern/deck', 'renderDeckFiles');
  const all = render(deck, renderer ? { renderer } : {});
  const html = all['deck.html'] ?? '';
  const files = Object.entries(all).filter(([name]) => (name === 'deck.html' ? formats.includes('html') : formats.includes('md')));
  return { files, html };
}

export async function pptxFile(deck: DeckLike): Promise<[string, FileData]> {
  return ['deck.pptx', await api<(d: DeckLike) => Promise<Uint8Array>>('@lectern/deck', 'exportPptx')(deck)];
}

/** PDF and slide PNGs, made in one browser session by @lectern/deck. */
export async function browserDeckFiles(html: string, pdf: boolean, png: boolean): Promise<[string, FileData][]> {
  if (!pdf && !png) return [];
  const exportFormats = api<(h: string, o: object) => Promise<{ pdf?: Uint8Array; pngs?: Uint8Array[] }>>('@lectern/deck', 'exportBrowserFormats');
  const result = await exportFormats(html, { pdf, png });
  const files: [string, FileData][] = [];
  if (result.pdf) files.push(['deck.pdf', result.pdf]);
  (result.pngs ?? []).forEach((bytes, i) => {
    files.push([`slides/${String(i + 1).padStart(3, '0')}.png`, bytes]);
  });
  return files;
}
