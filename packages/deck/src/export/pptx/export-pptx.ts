import type { DeckModel, LayoutKind, Slide, SlideOf } from '../../model/deck-model.js';
import { deckLabels } from '../../model/labels.js';
import { normaliseOfficeZip } from '../normalise-zip.js';
import { PPTX_LAYOUTS, type PptxLayout } from './layout-registry.js';
import { PptxGenJSClass, type PptxSlide } from './pptxgen-class.js';
import type { PptxContext } from './pptx-context.js';
import { renumberCharts } from './renumber-charts.js';
import { pptxFontsFor, pptxLang, pptxThemeFor } from './pptx-theme.js';

/** Options for the native PowerPoint export. */
export interface PptxOptions {
  /** Theme name for colours; @default the deck's own theme */
  theme?: string;
}

function drawSlide<L extends LayoutKind>(target: PptxSlide, slide: SlideOf<L>, ctx: PptxContext): void {
  (PPTX_LAYOUTS[slide.layout] as PptxLayout<L>)(target, slide, ctx);
}

function addSlide(ctx: PptxContext, slide: Slide): void {
  const target = ctx.pptx.addSlide();
  target.background = { color: ctx.theme.background };
  drawSlide(target, slide, ctx);
  if (slide.layout !== 'title') {
    target.slideNumber = {
      x: 9.3,
      y: 5.3,
      w: 0.5,
      h: 0.25,
      fontFace: ctx.fonts.body,
      fontSize: 9,
      color: ctx.theme.muted,
    };
  }
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
  const fonts = pptxFontsFor(deck.language);
  pptx.theme = { headFontFace: fonts.heading, bodyFontFace: fonts.body };
  const ctx: PptxContext = {
    pptx,
    theme: pptxThemeFor(options.theme ?? deck.theme),
    fonts,
    lang: pptxLang(deck.language),
    labels: deckLabels(deck.language),
  };
  for (const slide of deck.slides) addSlide(ctx, slide);
  // Note: normaliseOfficeZip unzips and deflates every entry again, so pptxgenjs need not compress (the bytes
  // written are the same either way; compressing twice cost ~0.2 s a build).
  const written = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return normaliseOfficeZip(written, renumberCharts);
}
