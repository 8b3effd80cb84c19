import { describe, expect, it } from 'vitest';
import { loadDefault } from './support/load-default.js';
import { paragraphsByLine, sourceParts } from './support/source-parts.js';

/** Counts non-overlapping occurrences of `needle` in `text`. */
function occurrences(text: string, needle: string): number {
  return needle === '' ? 0 : text.split(needle).length - 1;
}

describe('the prose is the source text, verbatim except for the recorded restorations', async () => {
  const { narrative, sourceLines } = await loadDefault();
  const parts = sourceParts(sourceLines);

  it('has one section per part of the source, with its number and title exactly as written', () => {
    expect(narrative.sections.map((s) => [s.number, s.title])).toEqual(parts.map((p) => [p.number, p.title]));
  });

  it.each(narrative.sections.map((s, i) => [s.id, i] as const))(
    'section %s: reversing the editorial changes gives the source lines, in order',
    (_id, i) => {
      const section = narrative.sections[i]!;
      const restored = section.paragraphs.map((p) => {
        let text = p.text;
        for (const change of narrative.editorialChanges.filter((c) => c.paragraph === p.id)) {
          // Each replacement must be unambiguous, or reversing it could touch the wrong words.
          expect(occurrences(text, change.replacement), `${change.id} in ${p.id}`).toBe(1);
          text = text.replace(change.replacement, change.original);
        }
        return text;
      });
      expect(restored).toEqual(parts[i]!.paragraphs.map((p) => p.text));
    },
  );

  it('keeps no filter artifact (`*`) in the prose', () => {
    const starred = narrative.sections.flatMap((s) => s.paragraphs).filter((p) => p.text.includes('*'));
    expect(starred.map((p) => p.id)).toEqual([]);
  });

  it('records every `*` of the source as a restoration on the right line and paragraph', () => {
    const restorations = narrative.editorialChanges.filter((c) => c.kind === 'restored');
    const starLines = sourceLines.flatMap((line, i) => Array.from({ length: occurrences(line, '*') }, () => i + 1));
    expect(restorations.map((c) => c.sourceLine).sort((a, b) => a! - b!)).toEqual(starLines);
    const idOfLine = paragraphsByLine(
      parts,
      narrative.sections.map((s) => s.paragraphs.map((p) => p.id)),
    );
    for (const c of restorations) {
      expect(c.original).toContain('*');
      expect(c.replacement).not.toContain('*');
      expect(sourceLines[c.sourceLine! - 1], c.id).toContain(c.original);
      expect(c.paragraph, c.id).toBe(idOfLine.get(c.sourceLine!));
    }
  });

  it('records the editor-written title as an editorial change', () => {
    const title = narrative.editorialChanges.find((c) => c.kind === 'title');
    expect(title?.replacement).toBe(narrative.title);
    expect(title?.original).toBe('');
  });
});
