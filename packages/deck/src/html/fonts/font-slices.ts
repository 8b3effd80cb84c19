import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts of @fontsource/noto-sans-sc for the two weights a deck draws, 400 and 700 (a lectern h3's 500
 * matches 400, a 600 matches 700): per weight one Simplified Chinese face, and the numbered slices (woff2,
 * one per unicode-range, as Google Fonts cuts the whole font) for what that face lacks.
 */
const require = createRequire(import.meta.url);
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface FontSlice {
  weight: FontWeight;
  /** File name under the package's `files/`. */
  file: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  /** The slice's `unicode-range` as the package's CSS writes it. */
  unicodeRange: string;
}

/** The package's Simplified Chinese face of a weight: one font with CJK, Latin and punctuation. */
export function languageFaceFile(weight: FontWeight): string {
  return `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`;
}

/** The package folder, or undefined when it is not installed. */
export function fontPackageDir(): string | undefined {
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

let slices: FontSlice[] | undefined;

/** Every slice of both weights, read from the package's CSS once. */
export function fontSlices(dir: string): readonly FontSlice[] {
  if (slices) return slices;
  const list: FontSlice[] = [];
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const file = block.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
      const range = block.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (file && range) list.push({ weight, file, ranges: parseRanges(range), unicodeRange: range.trim() });
    }
  }
  slices = list;
  return list;
}

let coverage: Map<number, number[]> | undefined;

/** For each code point, the indices (into `fontSlices`) of the slices that hold it; built once. */
export function sliceCoverage(all: readonly FontSlice[]): ReadonlyMap<number, readonly number[]> {
  if (coverage) return coverage;
  const map = new Map<number, number[]>();
  all.forEach((slice, index) => {
    for (const [a, b] of slice.ranges) {
      for (let code = a; code <= b; code++) {
        const list = map.get(code);
        if (list) list.push(index);
        else map.set(code, [index]);
      }
    }
  });
  coverage = map;
  return map;
}
