import type { Section } from '@lectern/narrative';

/** Speaker notes: the named paragraphs of the section, in reading order and in full. */
export function notesFor(section: Section, paragraphIds: readonly string[], fallback = ''): string {
  const wanted = new Set(paragraphIds);
  const text = section.paragraphs
    .filter((p) => wanted.has(p.id))
    .map((p) => p.text.trim())
    .join('\n\n');
  return text === '' ? fallback : text;
}

/** Paragraph ids of the section in reading order, restricted to `ids`. */
export function inReadingOrder(section: Section, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return section.paragraphs.filter((p) => wanted.has(p.id)).map((p) => p.id);
}
