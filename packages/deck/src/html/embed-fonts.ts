import { isCjkLanguage } from '../themes/tokens.js';
import {
  type FontPackage,
  type FontWeight,
  fontPackageDir,
  fontSlices,
  NOTO_SANS,
  NOTO_SANS_SC,
  sliceCoverage,
} from './fonts/font-slices.js';
import type { FontCache } from './fonts/font-cache.js';
import { mappedCodes } from './fonts/mapped-codes.js';
import { sourceFace, subsetFace } from './fonts/subset-face.js';
import { unicodeRange } from './fonts/unicode-range.js';
import { weightedText } from './fonts/weighted-text.js';

interface Face {
  family: string;
  dir: string;
  weight: FontWeight;
  file: string;
  codes: number[];
}

/**
 * Which font file of a package draws each code point of one weight: its main face for what that holds, else
 * the slice that holds it. `rest` collects what the package lacks, for the next package of the stack.
 */
async function facesFor(
  font: FontPackage,
  dir: string,
  weight: FontWeight,
  codes: ReadonlySet<number>,
): Promise<{ faces: Face[]; rest: Set<number> }> {
  const main: Face = { family: font.family, dir, weight, file: font.mainFace(weight), codes: [] };
  const { codes: held } = await sourceFace(dir, main.file);
  const slices = fontSlices(dir);
  const covered = sliceCoverage(slices);
  const extra = new Map<number, Face>();
  const rest = new Set<number>();
  for (const code of [...codes].sort((a, b) => a - b)) {
    if (held.has(code)) {
      main.codes.push(code);
      continue;
    }
    const index = covered.get(code)?.find((i) => slices[i]!.weight === weight);
    if (index === undefined) {
      rest.add(code);
      continue;
    }
    const face = extra.get(index) ?? { family: font.family, dir, weight, file: slices[index]!.file, codes: [] };
    extra.set(index, face);
    face.codes.push(code);
  }
  const faces = [...extra.entries()].sort(([a], [b]) => a - b).map(([, face]) => face);
  return { faces: main.codes.length > 0 ? [main, ...faces] : faces, rest };
}

/**
 * The packages a deck embeds, first choice first, as the theme's font stack asks for them (`familiesFor`):
 * Noto Sans SC for a CJK deck; Noto Sans, then Noto Sans SC for the CJK it quotes, for a Latin-script deck,
 * so `“ ” ’` are drawn proportional on every machine, not full-width by the CJK face.
 */
export function embeddedFonts(language: string): readonly FontPackage[] {
  return isCjkLanguage(language) ? [NOTO_SANS_SC] : [NOTO_SANS, NOTO_SANS_SC];
}

/** Each weight's characters, shared out over the packages in stack order: a package takes what it holds. */
async function facesOfStack(fonts: readonly FontPackage[], weight: FontWeight, codes: Set<number>): Promise<Face[]> {
  const faces: Face[] = [];
  let left: ReadonlySet<number> = codes;
  for (const font of fonts) {
    const dir = fontPackageDir(font);
    if (dir === undefined || left.size === 0) continue;
    const { faces: own, rest } = await facesFor(font, dir, weight, left);
    faces.push(...own);
    left = rest;
  }
  return faces;
}

/**
 * @font-face CSS embedding the deck's fonts (see `embeddedFonts`) in a deck page, cut to exactly the glyphs
 * its slides draw, per weight (see `weightedText`): harfbuzz's subsetter (through subset-font) keeps those
 * characters' glyphs and what the default OpenType features reach from them, and each face is inlined as
 * WOFF. Each face's `unicode-range` lists exactly its characters, so no two faces of a weight claim the same
 * one; a face whose subset maps no character (only default-ignorables) is not declared. Empty when the font
 * packages are missing. Deterministic: the same page gives the same bytes.
 *
 * @param html the slides' markup (Marp's sections, charts inline)
 * @param css the page's theme CSS, for the text its `content:` rules generate
 * @param language the deck's BCP 47 language: picks the fonts
 * @param cache where subset faces are kept between processes (none: each process cuts its own)
 */
export async function fontFaceCss(html: string, css = '', language = 'zh-CN', cache?: FontCache): Promise<string> {
  const fonts = embeddedFonts(language);
  const text = weightedText(html, css);
  const faces = [...(await facesOfStack(fonts, 400, text.regular)), ...(await facesOfStack(fonts, 700, text.bold))];
  const rules: string[] = [];
  // One face at a time: the order of the rules is fixed, and harfbuzz's wasm memory stays small.
  for (const face of faces) {
    const data = await subsetFace(face.dir, face.file, String.fromCodePoint(...face.codes), cache);
    // A face is declared for the characters its subset maps; one that maps none is left out (see `mappedCodes`).
    const mapped = mappedCodes(data);
    const codes = face.codes.filter((code) => mapped.has(code));
    if (codes.length === 0) continue;
    rules.push(
      `@font-face{font-family:"${face.family}";font-style:normal;font-weight:${face.weight};font-display:block;src:url(data:font/woff;base64,${data}) format("woff");unicode-range:${unicodeRange(codes)};}`,
    );
  }
  return rules.join('\n');
}
