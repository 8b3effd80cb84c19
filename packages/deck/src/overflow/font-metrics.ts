import { EM_BLOCKS, FONT_ADVANCES } from './font-advances.js';
import { isWide } from './wide-characters.js';

/**
 * The faces deck.html draws text with: `sc`, Noto Sans SC (every character of a CJK deck); `latin`, Noto Sans
 * first, then Noto Sans SC for what it lacks (a Latin-script deck, see `embeddedFonts`).
 */
export type FaceStack = 'sc' | 'latin';

/** One generated table (see scripts/font-advances.mjs) over the BMP, in 1/1000 em; -1 where the face has no glyph. */
function decode(key: string): Int16Array {
  const t = new Int16Array(0x10000).fill(-1);
  for (const run of (FONT_ADVANCES[key] ?? '').split(' ')) {
    const colon = run.indexOf(':');
    if (colon < 0) continue;
    let cp = Number.parseInt(run.slice(0, colon), 36);
    for (let i = colon + 1; i + 1 < run.length; i += 2, cp++) {
      if (cp < 0x10000) t[cp] = Number.parseInt(run.slice(i, i + 2), 36);
    }
  }
  return t;
}

/** Marks, format characters (word joiner, zero-width space) and controls: drawn with no width. */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

const inEmBlock = (cp: number): boolean => EM_BLOCKS.some(([a, b]) => cp >= a && cp <= b);

/**
 * Advance of a character no listed face holds: none for a mark or a format character; 1 em in an ideograph
 * block (the face's CJK) or when wide (the system's fallback font draws it, an emoji say); else 0.6 em.
 */
function unlisted(cp: number): number {
  if (ZERO.test(String.fromCodePoint(cp))) return 0;
  return inEmBlock(cp) || isWide(cp) ? 1000 : 600;
}

const UNSET = 0xffff;

/** A face stack's advances: the decoded faces, first choice first, and each BMP advance once resolved. */
interface Stack {
  faces: Int16Array[];
  resolved: Uint16Array;
}

/** Stacks by index: `latin` 2 + bold 1. */
const stacks: Array<Stack | undefined> = [];

function stackOf(stack: FaceStack, bold: boolean): Stack {
  const index = (stack === 'latin' ? 2 : 0) + (bold ? 1 : 0);
  let s = stacks[index];
  if (s === undefined) {
    const weight = bold ? 700 : 400;
    const names = stack === 'latin' ? [`latin-${weight}`, `sc-${weight}`] : [`sc-${weight}`];
    s = { faces: names.map(decode), resolved: new Uint16Array(0x10000).fill(UNSET) };
    stacks[index] = s;
  }
  return s;
}

/**
 * Advance of code point `cp` in 1/1000 em as deck.html draws it: the first face of the stack that holds it (in
 * an ideograph block a face's characters are 1 em unless its table says otherwise), else an estimate.
 */
export function advance(cp: number, stack: FaceStack, bold: boolean): number {
  if (cp >= 0x10000) return unlisted(cp);
  const s = stackOf(stack, bold);
  let a = s.resolved[cp]!;
  if (a === UNSET) {
    const face = s.faces.find((f) => f[cp]! >= 0);
    a = face === undefined ? unlisted(cp) : face[cp]!;
    s.resolved[cp] = a;
  }
  return a;
}
