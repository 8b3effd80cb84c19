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

/** A Moodle category path segment: one line, `/` doubled as Moodle's GIFT import expects. */
export function giftCategorySegment(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim().replace(/\//g, '//');
}
