import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDocument, Block } from '../model.js';
import { tableRowProse } from './table-prose.js';

/** The part of a DOM element the walk needs (linkedom's elements have it; no DOM lib in this package). */
interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  parentElement: El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Walks article HTML in document order: h1–h6, p, li, tr and blockquote become blocks. */
export function htmlBlocks(root: El): Block[] {
  const blocks: Block[] = [];
  const visit = (el: El) => {
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      const text = clean(el.textContent);
      if (text) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
      return;
    }
    if (tag === 'table') {
      // The header is the row of <th> cells, or the <thead>'s row, or else the first row (Word tables have no <th>).
      const rows = Array.from(el.querySelectorAll('tr'));
      let header: string[] = [];
      rows.forEach((row, i) => {
        const cells = Array.from(row.children)
          .filter((c) => /^t[dh]$/i.test(c.tagName))
          .map((c) => clean(c.textContent));
        const isHeader =
          Array.from(row.children).every((c) => c.tagName.toLowerCase() === 'th') ||
          row.parentElement?.tagName.toLowerCase() === 'thead' ||
          (i === 0 && rows.length > 1);
        if (isHeader && header.length === 0) header = cells;
        else if (cells.some(Boolean))
          blocks.push({ kind: 'paragraph', text: tableRowProse(header, cells), table: true });
      });
      return;
    }
    if (tag === 'p' || (tag === 'li' && !Array.from(el.children).some((c) => /^(ul|ol|p)$/i.test(c.tagName)))) {
      const text = clean(el.textContent);
      if (text) blocks.push({ kind: 'paragraph', text });
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'nav' || tag === 'footer') return;
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  return blocks;
}

/**
 * Reads a saved web page: Mozilla Readability (over linkedom's DOM) picks the article body out of the
 * navigation, ads and footers; its title, byline, site name and date come along.
 */
export function readHtml(html: string): ArticleDocument {
  const { document } = parseHTML(html);
  const docTitle = clean(document.querySelector('title')?.textContent);
  const h1 = clean(document.querySelector('h1')?.textContent);
  const article = new Readability(document as never, { keepClasses: false }).parse();
  const body = parseHTML(
    `<!doctype html><html><body><div id="lectern-root">${article?.content ?? ''}</div></body></html>`,
  ).document;
  const root = body.getElementById('lectern-root');
  let blocks = root ? htmlBlocks(root as unknown as El) : [];
  const title = h1 || clean(article?.title) || docTitle || undefined;
  if (title && blocks[0]?.kind === 'heading' && blocks[0].text === title) blocks = blocks.slice(1);
  const out: ArticleDocument = { blocks };
  if (title) out.title = title;
  if (article?.byline) out.byline = clean(article.byline);
  if (article?.siteName) out.publication = clean(article.siteName);
  if (article?.publishedTime) out.published = clean(article.publishedTime);
  return out;
}

/** Reads HTML that is all article (as mammoth writes from a .docx): no boilerplate to remove. */
export function readHtmlBody(html: string): ArticleDocument {
  const { document } = parseHTML(`<!doctype html><html><body><div id="lectern-root">${html}</div></body></html>`);
  const root = document.getElementById('lectern-root');
  const blocks = root ? htmlBlocks(root as unknown as El) : [];
  const first = blocks[0];
  if (first?.kind === 'heading' && blocks.filter((b) => b.kind === 'heading' && b.level === first.level).length === 1) {
    return { title: first.text, blocks: blocks.slice(1) };
  }
  return { blocks };
}
