import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cmapCodes } from './cmap-codes.js';
import { type FontCache, isWholeWoff } from './font-cache.js';
import { subsetKey, subsetterIdentity } from './subsetter-identity.js';
import { woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);

interface SubsetOptions {
  targetFormat: 'truetype';
  keepFeatures: readonly string[];
  dropTables: readonly string[];
}
type SubsetFont = (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;
interface Fontverter {
  convert(font: Buffer, to: 'woff'): Promise<Buffer>;
}

/**
 * The OpenType features a browser applies to horizontal text: the defaults, `halt`/`chws`/`palt` that
 * Chromium's `text-spacing-trim` uses to set adjacent CJK punctuation half-width, and `tnum`. Glyphs only
 * other features reach (vertical forms, stylistic sets, Japanese variants) are left out.
 */
export const KEPT_FEATURES = [
  'ccmp',
  'locl',
  'rlig',
  'liga',
  'clig',
  'calt',
  'rclt',
  'kern',
  'mark',
  'mkmk',
  'dist',
  'curs',
  'tnum',
  'halt',
];
/** Tables no horizontal page reads: vertical metrics and the variable font's axis labels. */
const DROPPED_TABLES = ['vhea', 'vmtx', 'VORG', 'STAT', 'DSIG'];

// Note: subset-font loads harfbuzz's wasm and fontverter its codecs; both are required on first use, so a
// build that embeds no fonts never loads them. fontverter writes WOFF with pako, the same bytes everywhere.
let subsetFont: SubsetFont | undefined;
let fontverter: Fontverter | undefined;
const codec = (): Fontverter => (fontverter ??= require('fontverter') as Fontverter);

export interface SourceFace {
  font: Buffer;
  /** The code points the face has a glyph for. */
  codes: ReadonlySet<number>;
}

/** Each font file unpacked to TrueType (harfbuzz reads sfnt) once per process. */
const decoded = new Map<string, Promise<SourceFace>>();

/** A WOFF file of the font package (`.woff`, beside each `.woff2`), unpacked, with its character set. */
export function sourceFace(dir: string, file: string): Promise<SourceFace> {
  const path = join(dir, 'files', file.replace(/\.woff2$/, '.woff'));
  let face = decoded.get(path);
  if (face === undefined) {
    face = readFile(path)
      .then((data) => woffToSfnt(data))
      .then((font) => ({ font, codes: cmapCodes(font) }));
    face.catch(() => decoded.delete(path));
    decoded.set(path, face);
  }
  return face;
}

/** Subsets made, under file and text: a rebuild (watch, another cut) mostly asks for the same ones. */
const SUBSET_CACHE_SIZE = 64;
const subsets = new Map<string, Promise<string>>();

/**
 * The face cut down to the glyphs of `text` (its characters sorted, each once) and what the kept features
 * reach from them, as WOFF (zlib) in base64.
 *
 * Note: WOFF, not WOFF2: for a CJK subset WOFF2 is ~20% smaller but its encoder (Brotli at quality 11, in
 * wasm) takes seconds per weight, against milliseconds for zlib; WOFF keeps builds and watch rebuilds fast.
 */
export function subsetFace(dir: string, file: string, text: string, cache?: FontCache): Promise<string> {
  const key = `${dir}\u0000${file}\u0000${text}`;
  let result = subsets.get(key);
  if (result === undefined) {
    result = (cache ? cachedSubset(dir, file, text, cache) : makeSubset(dir, file, text)).then((data) =>
      Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'),
    );
    result.catch(() => subsets.delete(key));
    if (subsets.size >= SUBSET_CACHE_SIZE) subsets.delete(subsets.keys().next().value!);
    subsets.set(key, result);
  }
  return result;
}

/** Cuts the face (harfbuzz) and packs it as WOFF. */
function makeSubset(dir: string, file: string, text: string): Promise<Uint8Array> {
  subsetFont ??= require('subset-font') as SubsetFont;
  const subset = subsetFont;
  return sourceFace(dir, file)
    .then(({ font }) =>
      subset(font, text, { targetFormat: 'truetype', keepFeatures: KEPT_FEATURES, dropTables: DROPPED_TABLES }),
    )
    .then((font) => codec().convert(font, 'woff'));
}

const fontVersions = new Map<string, string>();

/** The version of the font package in `dir` (its package.json, read once per process), part of a subset's cache key. */
function fontVersion(dir: string): string {
  let version = fontVersions.get(dir);
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
    } catch {
      version = '?';
    }
    fontVersions.set(dir, version);
  }
  return version;
}

/** Bumped when what a cached subset holds changes in a way no package version shows. */
const CACHE_FORMAT = 1;

/**
 * A subset from the cache when it holds a whole one under this key, else made and stored. The key names the
 * font package and its version, the file, the text, the kept features and dropped tables, and the versions
 * of the packages that cut and pack it, so a hit has the bytes a new cut would have.
 */
async function cachedSubset(dir: string, file: string, text: string, cache: FontCache): Promise<Uint8Array> {
  const key = subsetKey([
    CACHE_FORMAT,
    fontVersion(dir),
    file,
    text,
    KEPT_FEATURES,
    DROPPED_TABLES,
    subsetterIdentity(),
  ]);
  const hit = await cache.read(key);
  if (hit !== undefined && isWholeWoff(hit)) return hit;
  const data = await makeSubset(dir, file, text);
  await cache.write(key, data);
  return data;
}
