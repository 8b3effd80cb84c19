/** Compares answers as Moodle shows them: tags dropped, width folded (NFKC), case and whitespace ignored. */
export function normalizeAnswer(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[。.．]$/u, '')
    .trim();
}
