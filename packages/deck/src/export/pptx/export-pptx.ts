import type { DeckModel } from '../../model/deck-model.js';
import { pptxgenParts } from './pptxgen-parts.js';
import { packagePptx } from './pptx-package.js';
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
  // Note: only the parts outlive this line, not pptxgenjs's model of the slides.
  const parts = await pptxgenParts(pptxPresentation(deck, themeName));
  return packagePptx(parts, officeFacesFor(themeName));
}
