/**
 * Text clean-up shared by every exporter. Content is untrusted: it may hold characters that XML 1.0 forbids
 * or Windows line ends; both would make an export unreadable, so they are normalised once, here.
 */

// Note: XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** CRLF and lone CR become LF; characters XML cannot carry are dropped. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_FORBIDDEN, '');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return normalizeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text as an HTML fragment: escaped, line breaks kept as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>\n');
}

/**
 * Serialises data for a `<script type="application/json">` block: `<`, `>`, `&` and U+2028/U+2029 become
 * `\u` escapes, so no content can close the script element or start a comment.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
