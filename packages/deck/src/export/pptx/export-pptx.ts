import type { DeckModel } from '../../model/deck-model.js';
import { pptxgenParts } from './pptxgen-parts.js';
import { createPptxPackage } from './pptx-package.js';
import { pptxPresentation } from './pptx-presentation.js';
import { officeFacesFor } from './pptx-theme.js';

/** Options for the native PowerPoint export. */
export interface PptxOptions {
  /** Theme name for colours; @default the deck's own theme */
  theme?: string;
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
  const themeName = options.theme ?? deck.theme;
  const pkg = createPptxPackage(officeFacesFor(themeName));
  // Note: pptxgenjs's model of the slides does not outlive this line; the parts go to `pkg` as they are made.
  const rest = await pptxgenParts(pptxPresentation(deck, themeName), pkg.take);
  return pkg.finish(rest);
}
