import type { DeckModel, LayoutKind, Slide, SlideOf } from '../../model/deck-model.js';
import { deckLabels } from '../../model/labels.js';
import { normaliseOfficeZip } from '../normalise-zip.js';
import { PPTX_LAYOUTS, type PptxLayout } from './layout-registry.js';
import { PptxGenJSClass, type PptxSlide } from './pptxgen-class.js';
import { addKicker, type PptxContext } from './pptx-context.js';
import { officeFacesFor, pptxFontsFor, pptxLang, pptxThemeFor } from './pptx-theme.js';
import { renumberCharts } from './renumber-charts.js';
import { defineMasters, masterFor } from './slide-masters.js';
import { tableHeaders } from './table-headers.js';
import { themeFonts } from './theme-fonts.js';

/** Options for the native PowerPoint export. */
export interface PptxOptions {
  /** Theme name for colours; @default the deck's own theme */
  theme?: string;
}

function drawSlide<L extends LayoutKind>(target: PptxSlide, slide: SlideOf<L>, ctx: PptxContext): void {
  (PPTX_LAYOUTS[slide.layout] as PptxLayout<L>)(target, slide, ctx);
}

function addSlide(ctx: PptxContext, slide: Slide): void {
  // The master draws the background, the title placeholder, the heading's rule, the footer and the number.
  const target = ctx.pptx.addSlide({ masterName: masterFor(slide.layout) });
  drawSlide(target, slide, ctx);
  if (slide.kicker !== undefined) addKicker(target, ctx, slide.kicker);
  if (slide.notes.trim() !== '') target.addNotes(slide.notes);
}

/**
 * Builds a native, editable PowerPoint deck from the deck model: real text boxes, tables and charts, the
 * speaker notes, the theme's colours and CJK-capable fonts, 16:9. Deterministic: the same deck gives the
 * same bytes (fixed dates and zip times).
 *
 * @param deck the deck model (from `buildDeckModel`)
 * @param options `theme` overrides the deck's theme for colours
 * @returns the .pptx file
 */
export async function exportPptx(deck: DeckModel, options: PptxOptions = {}): Promise<Uint8Array> {
  const pptx = new PptxGenJSClass();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.subject = deck.cut === 'full' ? deck.title : `${deck.title} (${deck.cut})`;
  pptx.author = 'Lectern';
  pptx.company = 'Lectern';
  const themeName = options.theme ?? deck.theme;
  const faces = officeFacesFor(themeName);
  pptx.theme = { headFontFace: faces.latin, bodyFontFace: faces.latin };
  const ctx: PptxContext = {
    pptx,
    theme: pptxThemeFor(themeName),
    fonts: pptxFontsFor(deck.language),
    lang: pptxLang(deck.language),
    labels: deckLabels(deck.language),
    footer: deck.title,
  };
  defineMasters(ctx);
  for (const slide of deck.slides) addSlide(ctx, slide);
  // Note: normaliseOfficeZip unzips and deflates every entry again, so pptxgenjs need not compress (the bytes
  // written are the same either way; compressing twice cost ~0.2 s a build).
  const written = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  const fonts = themeFonts(faces);
  return normaliseOfficeZip(written, (entries) => tableHeaders(fonts(renumberCharts(entries))));
}
