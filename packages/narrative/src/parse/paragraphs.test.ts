import { describe, expect, it } from 'vitest';
import { parseParagraphs } from './paragraphs.js';

describe('parseParagraphs', () => {
  it('reads paragraphs, their {#id} markers and file lines', () => {
    const body = '\nFirst line\ncontinues. {#first}\n\n  Second.\n\n## A heading\n\nThird {#Bad Id}\n';
    const { paragraphs, findings } = parseParagraphs('s.md', body, 10);
    expect(paragraphs.map((p) => [p.marker, p.text, p.loc.line, p.loc.column])).toEqual([
      ['first', 'First line\ncontinues.', 11, 1],
      [undefined, 'Second.', 14, 3],
      ['Bad Id', 'Third', 18, 1],
    ]);
    expect(paragraphs[0]!.markerLoc).toMatchObject({ line: 12, column: 12 });
    expect(findings.map((f) => `${f.loc?.line}:${f.loc?.column} ${f.rule}`)).toEqual([
      '16:1 content/ignored-block',
      '18:7 schema/invalid',
    ]);
  });
});
