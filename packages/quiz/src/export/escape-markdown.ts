import { normalizeText } from './text-safety.js';

// Note: CommonMark lets a backslash escape any ASCII punctuation, so escaping all of it is always safe and
// turns off every construct (emphasis, links, raw HTML, entities, headings, tables, thematic breaks).
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

function escapeLine(line: string, index: number): string {
  // Leading spaces would start an indented code block on a continuation line.
  return (index > 0 ? line.trimStart() : line).replace(PUNCTUATION, (c) => `\\${c}`);
}

/** One line of inline Markdown: punctuation escaped, line breaks as `<br>` (for table cells and headings). */
export function mdInline(text: string): string {
  return normalizeText(text).split('\n').map(escapeLine).join('<br>');
}

/**
 * Block Markdown for text that may span lines. `prefix` starts every continuation line (indentation inside a
 * list item, `> ` in a block quote). Single line breaks become hard breaks; blank lines separate paragraphs.
 */
export function mdBlock(text: string, prefix = ''): string {
  const blankPrefix = prefix.trimEnd();
  return normalizeText(text)
    .split(/\n[ \t]*\n+/)
    .map((paragraph, p) =>
      paragraph
        .split('\n')
        .map((line, i) => escapeLine(line, p + i))
        .join(`\\\n${prefix}`),
    )
    .join(`\n${blankPrefix}\n${prefix}`);
}
