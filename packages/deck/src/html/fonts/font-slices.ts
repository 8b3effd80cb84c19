import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts a deck page embeds, from @fontsource packages, for the two weights a deck draws, 400 and 700 (a
 * lectern h3's 500 matches 400, a 600 matches 700): per package and weight one main face, and the numbered
 * or named slices (woff2, one per unicode-range, as Google Fonts cuts the whole font) for what it lacks.
 */
const require = createRequire(import.meta.url);
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface FontPackage {
  /** The npm package. */
  module: string;
  /** The CSS family its faces are declared under: the name the theme's font stack asks for. */
  family: string;
  /** The face of a weight that holds most of what a deck in this script draws. */
  mainFace(weight: FontWeight): string;
}

/** Noto Sans SC: CJK, Latin and punctuation in one Simplified Chinese face; `“ ” ’` drawn full-width. */
export const NOTO_SANS_SC: FontPackage = {
  module: '@fontsource/noto-sans-sc',
  family: 'Noto Sans SC',
  mainFace: (weight) => `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`,
};

/** Noto Sans: the Latin face of a Latin-script deck, with proportional `“ ” ’`; Greek and Cyrillic in slices. */
export const NOTO_SANS: FontPackage = {
  module: '@fontsource/noto-sans',
  family: 'Noto Sans',
  mainFace: (weight) => `noto-sans-latin-${weight}-normal.woff2`,
};

export interface FontSlice {
  weight: FontWeight;
  /** File name under the package's `files/`. */
  file: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  /** The slice's `unicode-range` as the package's CSS writes it. */
  unicodeRange: string;
}

/** The Simplified Chinese face of a weight (Noto Sans SC's main face). */
export function languageFaceFile(weight: FontWeight): string {
  return NOTO_SANS_SC.mainFace(weight);
}

/** A font package's folder (Noto Sans SC's by default), or undefined when it is not installed. */
export function fontPackageDir(font: FontPackage = NOTO_SANS_SC): string | undefined {
  try {
    return dirname(require.resolve(`${font.module}/package.json`));
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

const slicesByDir = new Map<string, FontSlice[]>();

/** Every slice of both weights of the package in `dir`, read from the package's CSS once. */
export function fontSlices(dir: string): readonly FontSlice[] {
  const known = slicesByDir.get(dir);
  if (known) return known;
  const list: FontSlice[] = [];
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const file = block.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
      const range = block.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (file && range) list.push({ weight, file, ranges: parseRanges(range), unicodeRange: range.trim() });
    }
  }
  slicesByDir.set(dir, list);
  return list;
}

const coverages = new WeakMap<readonly FontSlice[], Map<number, number[]>>();

/** For each code point, the indices (into `fontSlices`) of the slices that hold it; built once per package. */
export function sliceCoverage(all: readonly FontSlice[]): ReadonlyMap<number, readonly number[]> {
  const known = coverages.get(all);
  if (known) return known;
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
  coverages.set(all, map);
  return map;
}
