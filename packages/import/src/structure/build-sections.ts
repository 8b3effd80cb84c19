import type { ArticleSection, Block } from '../model.js';
import { splitHeadingNumber } from './heading-style.js';

/**
 * Draws sections from the article's own headings: the shallowest heading level that occurs opens a section,
 * deeper headings fold into it as a paragraph of their own (their words are kept). Prose before the first
 * heading becomes an opening section titled `lead`; a heading with no prose under it merges into the next;
 * an article without headings is one section. Never returns an empty section.
 */
export function buildSections(blocks: readonly Block[], lead: string): ArticleSection[] {
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  const top = levels.length > 0 ? Math.min(...levels) : 0;
  const sections: ArticleSection[] = [];
  let current: ArticleSection | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level === top) {
      const split = b.number ? { number: b.number, title: b.text } : splitHeadingNumber(b.text);
      if (current && current.paragraphs.length === 0) {
        current.title = `${current.title} ${split.title}`.trim();
        continue;
      }
      current = { title: split.title, paragraphs: [], ...(split.number ? { number: split.number } : {}) };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { title: lead, paragraphs: [] };
      sections.push(current);
    }
    if (b.kind === 'paragraph' && b.table)
      current.tableRows = [...(current.tableRows ?? []), current.paragraphs.length];
    current.paragraphs.push(b.text);
  }
  return sections.filter((s) => s.paragraphs.length > 0);
}
