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

/**
 * For each code point, the slices (indices into `loadSlices`) that cover it, built once: a deck's
 * text is scanned with one lookup per character instead of a search per slice.
 */
let coverage: Map<number, number[]> | undefined;
function coverageOf(all: readonly Slice[]): Map<number, number[]> {
  if (coverage) return coverage;
  coverage = new Map();
  all.forEach((slice, index) => {
    for (const [a, b] of slice.ranges) {
      for (let code = a; code <= b; code++) {
        const list = coverage!.get(code);
        if (list) list.push(index);
        else coverage!.set(code, [index]);
      }
    }
  });
  return coverage;
}

/** The last CSS made, under its slice list: most edits keep the set of slices a deck needs. */
const CSS_CACHE_SIZE = 4;
const cssCache = new Map<string, string>();

function sliceCss(dir: string, s: Slice): string {
  let data = base64Cache.get(s.file);
  if (data === undefined) {
    data = readFileSync(join(dir, 'files', s.file)).toString('base64');
    base64Cache.set(s.file, data);
  }
  return `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${s.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${s.unicodeRange};}`;
}

/** @font-face CSS embedding the Noto Sans SC slices `text` needs; empty when the package is missing. */
export function fontFaceCss(text: string): string {
  const dir = packageDir();
  if (dir === undefined) return '';
  const all = loadSlices(dir);
  const covered = coverageOf(all);
  const used = new Uint8Array(all.length);
  // Note: a flat table for the BMP (one byte per code unit value) and a set for the rest; a deck's text
  // is tens of thousands of characters over a few thousand distinct ones.
  const seen = new Uint8Array(0x10000);
  const astral = new Set<number>();
  const mark = (code: number): void => {
    for (const index of covered.get(code) ?? []) used[index] = 1;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x20) continue;
    const code = text.codePointAt(i)!;
    if (code > 0xffff) {
      i++;
      if (!astral.has(code)) {
        astral.add(code);
        mark(code);
      }
    } else if (seen[code] === 0) {
      seen[code] = 1;
      mark(code);
    }
  }
  const picked = all.filter((_, index) => used[index] === 1);
  const key = picked.map((s) => `${s.weight}/${s.file}`).join(',');
  let css = cssCache.get(key);
  if (css === undefined) {
    css = picked.map((s) => sliceCss(dir, s)).join('\n');
    if (cssCache.size >= CSS_CACHE_SIZE) cssCache.delete(cssCache.keys().next().value!);
    cssCache.set(key, css);
  }
  return css;
}
