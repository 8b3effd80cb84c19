import { escapeHtml, normalizeText } from './text-safety.js';

/**
 * Escapes plain text for GIFT: `\` first, then the control characters `~ = # { } :`, and line breaks as the
 * `\n` escape (a raw blank line would end the question).
 */
export function giftEscape(text: string): string {
  return normalizeText(text)
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * Text for a GIFT field in `[html]` format: HTML-escaped (so `<script>` and `->` stay text), line breaks as
 * `<br>` plus a GIFT newline, and a leading `%` as `&#37;` so it cannot be read as an answer weight.
 */
export function giftHtml(text: string): string {
  const html = escapeHtml(text).replace(/^%/, '&#37;').replace(/\n/g, '<br>\n');
  return giftEscape(html);
}

/** Control characters, bidi overrides and zero-width characters: nothing a category name should carry. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A Moodle category path segment for a `$CATEGORY:` line: one line without invisible characters, `\` doubled
 * (Moodle's import turns `\\` back into `\`, while a lone `\:` or `\n` would become a placeholder or a line
 * break), and `/` doubled so it is not read as a path separator. Other GIFT characters are literal there:
 * Moodle reads the category line as it stands.
 */
export function giftCategorySegment(text: string): string {
  return normalizeText(text)
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\//g, '//');
}
