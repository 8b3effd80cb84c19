/** The MediaBox of each page object in an uncompressed-page-tree PDF (what Chromium's Skia writes). */
export function pdfPageBoxes(pdf: Uint8Array): number[][] {
  const text = Buffer.from(pdf).toString('latin1');
  const boxes: number[][] = [];
  for (const match of text.matchAll(/<<\s*\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[([^\]]*)\]/g)) {
    boxes.push((match[1] ?? '').trim().split(/\s+/).map(Number));
  }
  return boxes;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
