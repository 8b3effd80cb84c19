import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.js';
import { normalizeText } from './text.js';

describe('splitFrontmatter', () => {
  it('splits at the fences and says where each part starts', () => {
    const split = splitFrontmatter('---\nid: a\ntitle: t\n---\n\nText.\n');
    expect(split).toEqual({ yaml: 'id: a\ntitle: t', yamlLine: 2, closed: true, body: '\nText.\n', bodyLine: 5 });
  });

  it('reports a file without frontmatter and an unclosed one', () => {
    expect(splitFrontmatter('Text.').yaml).toBeUndefined();
    expect(splitFrontmatter('---\nid: a\n').closed).toBe(false);
  });

  it('reads BOM and CRLF after normalising, at the same lines', () => {
    const split = splitFrontmatter(normalizeText('\uFEFF---\r\nid: a\r\n---\r\nText.\r\n'));
    expect(split).toEqual({ yaml: 'id: a', yamlLine: 2, closed: true, body: 'Text.\n', bodyLine: 4 });
  });
});
