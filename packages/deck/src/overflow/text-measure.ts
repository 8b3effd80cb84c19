import { isChinese } from '@lectern/narrative';
import { isCjkLanguage } from '../themes/tokens.js';
import { joinUnbreakable } from '../typography/line-joins.js';
import { lineCount } from './line-count.js';
import { textColumns } from './text-columns.js';

/** How a text is set on a slide: bold (headings, quotations, KPI values), and whether it is a heading. */
export interface SetAs {
  bold?: boolean;
  /** A heading: in Chinese a short one keeps its words whole (line-joins.ts). */
  title?: boolean;
}

/** Lines a slide text takes in a deck's language, as deck.html sets it. */
export type LinesOf = (text: string, columns: number, as?: SetAs) => number;

/**
 * Texts with their word joiners, memoised (headings and other texts apart): the same texts are measured many
 * times while a deck is paginated, and the joins (a word segmenter for headings) cost more than the count.
 */
const joined = [new Map<string, string>(), new Map<string, string>()];

function joinedText(text: string, title: boolean): string {
  const memo = joined[title ? 1 : 0]!;
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size >= 8192) memo.clear();
    out = joinUnbreakable(text, title);
    memo.set(text, out);
  }
  return out;
}

const measures = new Map<string, LinesOf>();

/**
 * Line counts for a deck in `language` (lineCount, line-count.ts): in the faces deck.html embeds for it, and in
 * Chinese with the word joiners the rendering puts where no line may break (a number and its unit, 安迪·杰西).
 */
export function linesIn(language = 'zh-CN'): LinesOf {
  let measure = measures.get(language);
  if (measure === undefined) {
    const faces = isCjkLanguage(language) ? 'sc' : 'latin';
    const zh = isChinese(language);
    measure = (text, columns, as = {}) => {
      const shown = zh ? joinedText(text, as.title === true) : text;
      return lineCount(shown, columns, { faces, bold: as.bold === true });
    };
    measures.set(language, measure);
  }
  return measure;
}

/** Width of a slide text on one line, in columns (half an em), in the faces deck.html embeds for `language`. */
export type ColumnsOf = (text: string, as?: SetAs) => number;

const widths = new Map<string, ColumnsOf>();

/** One-line widths for a deck in `language` (textColumns, text-columns.ts): bold where the text is set bold. */
export function columnsIn(language = 'zh-CN'): ColumnsOf {
  let width = widths.get(language);
  if (width === undefined) {
    const faces = isCjkLanguage(language) ? 'sc' : 'latin';
    width = (text, as = {}) => textColumns(text, { faces, bold: as.bold === true });
    widths.set(language, width);
  }
  return width;
}
