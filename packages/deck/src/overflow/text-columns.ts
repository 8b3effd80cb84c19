import { advance } from './font-metrics.js';
import type { TextStyle } from './line-count.js';

/**
 * Width of `text` set on one line, in columns (half an em of its size: a CJK character takes 2, a Latin letter
 * about 1), each character as wide as the embedded face draws it (font-advances.ts). Kerning is left out.
 */
export function textColumns(text: string, style: TextStyle = {}): number {
  const faces = style.faces ?? 'sc';
  const bold = style.bold === true;
  let width = 0;
  for (const ch of text) width += advance(ch.codePointAt(0)!, faces, bold);
  return width / 500;
}
