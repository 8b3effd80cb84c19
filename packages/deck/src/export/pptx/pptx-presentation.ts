import type { DeckModel, LayoutKind, Slide, SlideOf } from '../../model/deck-model.js';
import { deckLabels } from '../../model/labels.js';
import { PPTX_LAYOUTS, type PptxLayout } from './layout-registry.js';
import { PptxGenJSClass, type PptxPresentation, type PptxSlide } from './pptxgen-class.js';
import { addKicker, type PptxContext } from './pptx-context.js';
import { officeFacesFor, pptxFontsFor, pptxLang, pptxThemeFor } from './pptx-theme.js';
import { defineMasters, masterFor } from './slide-masters.js';

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

/** The pptxgenjs presentation of a deck in a theme, every slide added. */
export function pptxPresentation(deck: DeckModel, themeName: string): PptxPresentation {
  const pptx = new PptxGenJSClass();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.subject = deck.cut === 'full' ? deck.title : `${deck.title} (${deck.cut})`;
  pptx.author = 'Lectern';
  pptx.company = 'Lectern';
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
  return pptx;
}
