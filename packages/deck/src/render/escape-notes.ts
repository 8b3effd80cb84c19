/**
 * Escapes speaker notes for a Marp HTML comment (`<!-- … -->`), which Marp shows as presenter notes.
 * - `--` runs become an en dash, so nothing can close the comment early (`-->`, `--!>`) or open one.
 * - A zero-width space goes before every `:` so the comment never parses as a YAML mapping: Marp
 *   would otherwise take `theme: x` or `_class: y` lines as directives instead of notes.
 * - Blank-line paragraph breaks are kept; other whitespace is tidied.
 */
export function escapeNotes(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((para) => para !== '')
    .join('\n\n')
    .replace(/-{2,}/g, '–')
    .replace(/:/g, '\u200B:');
}
