import MarkdownIt from 'markdown-it';
import type { ArticleDocument, Block } from '../model.js';
import { tableRowProse } from './table-prose.js';

type Token = ReturnType<MarkdownIt['parse']>[number];

const md = new MarkdownIt({ html: false, linkify: false });

/** Inline Markdown reduced to its text (links keep their words, emphasis its content). */
function plain(token: Token | undefined): string {
  if (!token?.children) return token?.content.trim() ?? '';
  return token.children
    .map((c) =>
      c.type === 'text' || c.type === 'code_inline'
        ? c.content
        : c.type === 'softbreak' || c.type === 'hardbreak'
          ? ' '
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a Markdown article: headings with their level, paragraphs, each list item as its own paragraph,
 * each table row as a sentence (see `tableRowProse`), block quotes as paragraphs.
 */
export function readMarkdown(text: string): ArticleDocument {
  const tokens = md.parse(text, {});
  const blocks: Block[] = [];
  let header: string[] = [];
  let row: string[] = [];
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open')
      blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text: plain(tokens[i + 1]) });
    else if (t.type === 'paragraph_open') {
      const words = plain(tokens[i + 1]);
      if (words) blocks.push({ kind: 'paragraph', text: words });
    } else if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'th_open' || t.type === 'td_open') row.push(plain(tokens[i + 1]));
    else if (t.type === 'tr_close') {
      if (inHead) header = row;
      else blocks.push({ kind: 'paragraph', text: tableRowProse(header, row), table: true });
    }
  }
  const h1s = blocks.filter((b) => b.kind === 'heading' && b.level === 1);
  const first = blocks[0];
  if (h1s.length === 1 && first?.kind === 'heading' && first.level === 1)
    return { title: first.text, blocks: blocks.slice(1) };
  return { blocks };
}
