/**
 * The code points an sfnt font (TrueType/OpenType bytes) maps to glyphs, read from its `cmap` table:
 * the format 12 subtable (full Unicode) when there is one, else format 4 (BMP). Glyph 0 (.notdef) is
 * not a mapping.
 */
export function cmapCodes(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!) === 'cmap')
      cmap = view.getUint32(at + 8);
  }
  const codes = new Set<number>();
  if (cmap < 0) return codes;
  const subtables: number[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) subtables.push(cmap + view.getUint32(cmap + 4 + 8 * i + 4));
  const format12 = subtables.find((at) => view.getUint16(at) === 12);
  if (format12 !== undefined) {
    for (let g = 0; g < view.getUint32(format12 + 12); g++) {
      const at = format12 + 16 + 12 * g;
      const [start, end, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let code = start; code <= end; code++) if (glyph + code - start !== 0) codes.add(code);
    }
    return codes;
  }
  const format4 = subtables.find((at) => view.getUint16(at) === 4);
  if (format4 === undefined) return codes;
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [view.getUint16(starts + 2 * s), view.getUint16(ends + 2 * s)];
    const delta = view.getInt16(deltas + 2 * s);
    const offset = view.getUint16(offsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (offset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = view.getUint16(offsets + 2 * s + offset + 2 * (code - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) codes.add(code);
    }
  }
  return codes;
}
