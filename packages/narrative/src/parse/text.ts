/**
 * Normalises a content file's text: strips a leading UTF-8 BOM and turns CRLF (and lone CR) line ends into LF.
 * Note: line numbers and columns stay the same, since CR only ever sits at a line's end and the BOM is not a
 * character an author sees.
 */
export function normalizeText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/** 1-based line and column of a string offset, counting UTF-16 code units (as editors do for the BMP). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
