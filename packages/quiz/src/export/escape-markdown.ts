import { normalizeText } from './text-safety.js';

// Note: CommonMark lets a backslash escape any ASCII punctuation. We escape only the characters that can
// open a construct (emphasis, code, links, raw HTML, entities, tables, strikethrough) anywhere in a line, and
// the block markers (headings, lists, quotes, thematic breaks) only where they count: at the start of a line.
// So `29.4%` stays readable in the printed source while `*x*` or `<b>` stay text.
const INLINE = /[\\`*_[\]<>&|~]/g;

function escapeLine(line: string, index: number): string {
  // Leading spaces would start an indented code block on a continuation line.
  return (index > 0 ? line.trimStart() : line)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
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
