import { describe, expect, it } from 'vitest';
import { editParagraph } from './edit-loop.js';

const section = '---\nid: a\n---\n\n第一段。 {#a-p1}\n\n第二段。 {#a-p2}\n';

describe('editParagraph', () => {
  it('adds a sentence to the first paragraph on odd edits and removes it on even ones', () => {
    const once = editParagraph(section, 1);
    expect(once).toContain('第一段。这一变化值得持续观察。 {#a-p1}');
    expect(once).toContain('第二段。 {#a-p2}');
    expect(editParagraph(once, 2)).toBe(section);
    expect(editParagraph(section, 2)).toBe(section);
    expect(editParagraph(editParagraph(once, 2), 3)).toBe(once);
  });

  it('fails clearly when no paragraph has an id marker', () => {
    expect(() => editParagraph('no markers', 1)).toThrow(/marker/);
  });
});
