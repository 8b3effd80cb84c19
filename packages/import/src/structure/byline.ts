import type { ArticleDocument, Block, SourceInfo } from '../model.js';
import { findDate } from './dates.js';

const AUTHOR = [
  /(?:作者|記者|记者|撰文|文)\s*[：:/／|]\s*([^\s，,|｜/／]+)/u,
  /^By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})/u,
];
const PUBLICATION = [
  /(?:来源|來源|出处|出處|刊于|刊於)\s*[：:]\s*([^\s，,|｜]+)/u,
  /\b(?:Source|Published in|Publication)\s*:\s*([^|,;]+?)\s*(?:$|[|,;])/iu,
  /[|｜]\s*([^|｜]+?)\s*$/u,
];

/** True for a short line that is only a byline or dateline (no sentence of the article). */
export function isBylineBlock(text: string): boolean {
  if (text.length > 100) return false;
  const hasMark =
    AUTHOR.some((r) => r.test(text)) ||
    PUBLICATION.slice(0, 2).some((r) => r.test(text)) ||
    findDate(text) !== undefined;
  if (!hasMark) return false;
  const rest = text.replace(/\d/g, '');
  return !/[。！？]/u.test(rest) && !/\.\s+[A-Z]/.test(rest);
}

/**
 * Finds the byline and dateline among the first blocks (author, date, publication), removes those lines
 * from the body, and merges what the reader already knew (an HTML page's byline, site name and date).
 */
export function readByline(doc: ArticleDocument): { source: SourceInfo; blocks: Block[] } {
  const source: SourceInfo = {};
  const blocks = [...doc.blocks];
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !isBylineBlock(b.text)) continue;
    const date = findDate(b.text);
    const rest = date ? b.text.slice(0, date.index) + b.text.slice(date.index + date.length) : b.text;
    const author = AUTHOR.map((r) => r.exec(rest)?.[1]?.replace(/[,，;|｜]+$/u, '')).find(Boolean);
    const labelled = PUBLICATION.slice(0, 2)
      .map((r) => r.exec(rest)?.[1])
      .find(Boolean);
    const segments = rest
      .split(/\s*[|｜,，]\s*/u)
      .map((x) => x.replace(/^[*_\s]+|[*_\s]+$/gu, ''))
      .filter((x) => x && !(author && x.includes(author)) && !/^(?:By|作者|记者|記者|文)\b/iu.test(x));
    const publication = labelled ?? segments.find((x) => x.length <= 40 && !/\d{4}/.test(x));
    if (author && !source.author) source.author = author.trim();
    if (publication && !source.publication && publication.trim() !== author) source.publication = publication.trim();
    if (date && !source.date) source.date = date.iso;
    blocks.splice(i, 1);
    i--;
  }
  if (doc.byline && !source.author) source.author = doc.byline.replace(/^(By|作者[：:])\s*/iu, '').trim();
  if (doc.publication && !source.publication) source.publication = doc.publication;
  if (doc.published && !source.date) {
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(doc.published)?.[1] ?? findDate(doc.published)?.iso;
    if (iso) source.date = iso;
  }
  return { source, blocks };
}
