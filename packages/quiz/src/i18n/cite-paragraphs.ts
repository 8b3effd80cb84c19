import type { Paragraph, Section } from '@lectern/narrative';
import { fillTemplate, type QuizStrings } from './strings.js';

/**
 * Replaces every paragraph id written in `text` with its citation in the quiz language. Ids are matched
 * whole (not inside a longer id), longest first, so `s1-p1` never eats the start of `s1-p10`.
 */
export function citeParagraphs(
  text: string,
  paragraphs: ReadonlyMap<string, Paragraph>,
  sections: ReadonlyMap<string, Section>,
  strings: QuizStrings,
): string {
  if (paragraphs.size === 0) return text;
  const ids = [...paragraphs.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\w.-])(${ids.join('|')})(?![\\w-])`, 'g');
  return text.replace(pattern, (id) => {
    const p = paragraphs.get(id)!;
    const section = sections.get(p.sectionId);
    return fillTemplate(strings.paragraphCitation, {
      section: sectionNumber(section?.number ?? p.sectionId),
      paragraph: String(p.index + 1),
    });
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `01` → `1`: a part's number reads without its leading zero in a sentence. */
function sectionNumber(n: string): string {
  return /^\d+$/.test(n) ? String(Number(n)) : n;
}
