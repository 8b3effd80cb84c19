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
  // Note: ids are `[a-z0-9][a-z0-9._-]*`, so an id starts a run of id-like characters and ends at the
  // run's end or before a "."; looking each run's candidates up in the map costs the text's length,
  // where one alternation of every id would cost the text times the paragraphs.
  return text.replace(/(?<![\w.-])[\w.-]+/g, (run) => {
    for (let end = run.length; end > 0; end = run.lastIndexOf('.', end - 1)) {
      const p = paragraphs.get(run.slice(0, end));
      if (!p) continue;
      const section = sections.get(p.sectionId);
      const citation = fillTemplate(strings.paragraphCitation, {
        section: sectionNumber(section?.number ?? p.sectionId),
        paragraph: String(p.index + 1),
      });
      return citation + run.slice(end);
    }
    return run;
  });
}

/** `01` → `1`: a part's number reads without its leading zero in a sentence. */
function sectionNumber(n: string): string {
  return /^\d+$/.test(n) ? String(Number(n)) : n;
}
