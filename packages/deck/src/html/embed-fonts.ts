import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Inline fonts for deck.html: the slices of @fontsource/noto-sans-sc (woff2, one per unicode-range)
 * that cover a character the deck uses, as base64 @font-face rules. Two weights: 400 and 700.
 * The slice list is read from the package's CSS once; slice files are read when first needed.
 */
const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

interface Slice {
  weight: number;
  file: string;
  ranges: Array<[number, number]>;
  unicodeRange: string;
}

function packageDir(): string | undefined {
  try {
    return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  } catch {
    return undefined;
  }
}

function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(a!, 16);
    return [start, b === undefined ? start : Number.parseInt(b, 16)];
  });
}

let slices: Slice[] | undefined;
function loadSlices(dir: string): Slice[] {
  if (slices) return slices;
  slices = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const file = block.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
      const range = block.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (file && range) slices.push({ weight, file, ranges: parseRanges(range), unicodeRange: range.trim() });
    }
  }
  return slices;
}

const base64Cache = new Map<string, string>();

/** Whether sorted `codes` hold a value in [a, b] (binary search: decks use thousands of characters). */
function anyWithin(codes: readonly number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < codes.length && codes[lo]! <= b;
}

/** @font-face CSS embedding the Noto Sans SC slices `text` needs; empty when the package is missing. */
export function fontFaceCss(text: string): string {
  const dir = packageDir();
  if (dir === undefined) return '';
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0)!);
  const codes = [...used].filter((c) => c > 0x20).sort((a, b) => a - b);
  return loadSlices(dir)
    .filter((s) => s.ranges.some(([a, b]) => anyWithin(codes, a, b)))
    .map((s) => {
      let data = base64Cache.get(s.file);
      if (data === undefined) {
        data = readFileSync(join(dir, 'files', s.file)).toString('base64');
        base64Cache.set(s.file, data);
      }
      return `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${s.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${s.unicodeRange};}`;
    })
    .join('\n');
}
