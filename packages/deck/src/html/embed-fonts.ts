import { type FontWeight, fontPackageDir, fontSlices, languageFaceFile, sliceCoverage } from './fonts/font-slices.js';
import { sourceFace, subsetFace } from './fonts/subset-face.js';
import { unicodeRange } from './fonts/unicode-range.js';
import { weightedText } from './fonts/weighted-text.js';

interface Face {
  weight: FontWeight;
  file: string;
  codes: number[];
}

/**
 * Which font file draws each code point of one weight: the Simplified Chinese face of @fontsource/noto-sans-sc
 * (CJK, Latin and punctuation in one font) for what it holds, else the numbered slice that holds it.
 */
async function facesFor(dir: string, weight: FontWeight, codes: ReadonlySet<number>): Promise<Face[]> {
  const main: Face = { weight, file: languageFaceFile(weight), codes: [] };
  const { codes: held } = await sourceFace(dir, main.file);
  const slices = fontSlices(dir);
  const covered = sliceCoverage(slices);
  const extra = new Map<number, Face>();
  for (const code of [...codes].sort((a, b) => a - b)) {
    if (held.has(code)) {
      main.codes.push(code);
      continue;
    }
    const index = covered.get(code)?.find((i) => slices[i]!.weight === weight);
    if (index === undefined) continue;
    const face = extra.get(index) ?? { weight, file: slices[index]!.file, codes: [] };
    extra.set(index, face);
    face.codes.push(code);
  }
  const faces = [...extra.entries()].sort(([a], [b]) => a - b).map(([, face]) => face);
  return main.codes.length > 0 ? [main, ...faces] : faces;
}

/**
 * @font-face CSS embedding Noto Sans SC in a deck page, cut to exactly the glyphs its slides draw, per
 * weight (see `weightedText`): harfbuzz's subsetter (through subset-font) keeps those characters' glyphs
 * and what the default OpenType features reach from them, and each face is inlined as WOFF. Each face's
 * `unicode-range` lists exactly its characters, so no two faces of a weight claim the same one.
 * Empty when the font package is missing. Deterministic: the same page gives the same bytes.
 *
 * @param html the slides' markup (Marp's sections, charts inline)
 * @param css the page's theme CSS, for the text its `content:` rules generate
 */
export async function fontFaceCss(html: string, css = ''): Promise<string> {
  const dir = fontPackageDir();
  if (dir === undefined) return '';
  const text = weightedText(html, css);
  const faces = [...(await facesFor(dir, 400, text.regular)), ...(await facesFor(dir, 700, text.bold))];
  const rules: string[] = [];
  // One face at a time: the order of the rules is fixed, and harfbuzz's wasm memory stays small.
  for (const face of faces) {
    const data = await subsetFace(dir, face.file, String.fromCodePoint(...face.codes));
    rules.push(
      `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${face.weight};font-display:block;src:url(data:font/woff;base64,${data}) format("woff");unicode-range:${unicodeRange(face.codes)};}`,
    );
  }
  return rules.join('\n');
}
