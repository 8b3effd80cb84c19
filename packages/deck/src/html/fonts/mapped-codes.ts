import { cmapCodes } from './cmap-codes.js';
import { woffToSfnt } from './woff-to-sfnt.js';

/**
 * The code points a subset face (WOFF, base64) still maps to glyphs. harfbuzz leaves out what it draws with
 * no glyph of its own (default-ignorable characters such as U+2060 WORD JOINER), so a face cut for only those
 * maps nothing: its cmap has no subtable, and Chromium's font sanitiser rejects it ("OTS parsing error: cmap:
 * No subtables").
 */
export function mappedCodes(woffBase64: string): Set<number> {
  return cmapCodes(woffToSfnt(Buffer.from(woffBase64, 'base64')));
}
