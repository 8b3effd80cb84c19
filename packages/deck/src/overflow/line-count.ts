import { Lb, breakClass } from './break-classes.js';
import { canBreak } from './break-rules.js';
import { advance, type FaceStack } from './font-metrics.js';

/** How a text is set: its weight, and the face stack of the deck's language (`sc` for CJK decks). */
export interface TextStyle {
  /** Bold (700; a 600 weight draws the bold face too): headings, quotations, KPI values. @default false */
  bold?: boolean;
  /** The faces: Noto Sans SC for a CJK deck, Noto Sans first for a Latin-script one. @default 'sc' */
  faces?: FaceStack;
}

/** Slack for the browser's sub-pixel layout units, in 1/1000 em. */
const SLACK = 1;

/**
 * Lines `text` takes when wrapped in a box `columns` wide (a column is half an em of the text's size: a CJK
 * character takes 2), at least one: each character as wide as the embedded face draws it (font-advances.ts),
 * lines broken where Chromium breaks them (break-rules.ts) and filled greedily; spaces at a line's end hang.
 * A word longer than a whole line is broken anywhere. A newline starts a line. Kerning is left out.
 */
export function lineCount(text: string, columns: number, style: TextStyle = {}): number {
  const faces = style.faces ?? 'sc';
  const bold = style.bold === true;
  const room = columns * 500 + SLACK;
  let lines = 1;
  let line = 0;
  let run = 0;
  let spaces = 0;
  const place = (): void => {
    if (line > 0 && line + run > room) {
      lines += 1;
      line = 0;
    }
    if (run > room) {
      const extra = Math.ceil(run / room) - 1;
      lines += extra;
      line = run - extra * room;
    } else line += run;
    line += spaces;
    run = 0;
    spaces = 0;
  };
  let a: Lb = Lb.BK;
  let aCp = -1;
  let beforeACp = -1;
  let spaced = false;
  const n = text.length;
  let i = 0;
  let cp = n > 0 ? text.codePointAt(0)! : -1;
  while (i < n) {
    const size = cp > 0xffff ? 2 : 1;
    const next = i + size < n ? text.codePointAt(i + size)! : -1;
    const b = breakClass(cp);
    if (b === Lb.BK) {
      place();
      lines += 1;
      line = 0;
      a = Lb.BK;
      aCp = -1;
      spaced = false;
    } else if (b === Lb.SP) {
      spaces += advance(cp, faces, bold);
      spaced = true;
    } else if (b === Lb.CM) {
      run += advance(cp, faces, bold);
    } else {
      if (a !== Lb.BK && canBreak(a, aCp, beforeACp, spaced, b, cp, next)) place();
      else if (spaced) {
        run += spaces;
        spaces = 0;
      }
      run += advance(cp, faces, bold);
      beforeACp = aCp;
      aCp = cp;
      a = b;
      spaced = false;
    }
    i += size;
    cp = next;
  }
  place();
  return lines;
}
