import type { ArticleDocument, Block } from '../model.js';
import { isBylineBlock } from '../structure/byline.js';
import { type HeadingLine, headingLine, looksLikeTitle } from '../structure/heading-style.js';

const LIST_MARK = /^\s*(?:[-*•·●▪]|\d{1,2}[.)、])\s+/u;
const ENDS_SENTENCE = /[。！？!?；.”’"」』）)]$/u;

/** Heading levels by style: numbered styles rank in the order they first appear; short lines rank last. */
function levels(found: HeadingLine[]): Map<HeadingLine['style'], number> {
  const order: HeadingLine['style'][] = [];
  for (const h of found) if (h.style !== 'short' && !order.includes(h.style)) order.push(h.style);
  if (found.some((h) => h.style === 'short')) order.push('short');
  return new Map(order.map((s, i) => [s, i + 1]));
}

function join(a: string, b: string): string {
  const cjk = /[\u3000-\u9fff\uff00-\uffef]$/u.test(a) || /^[\u3000-\u9fff\uff00-\uffef]/u.test(b);
  return cjk ? a + b : `${a} ${b}`;
}

/**
 * Reads a plain-text article: the first short line is the title; headings are found by their numbering
 * (`一、`, `（一）`, `1.`, `第N部分`, a bare `01` above a title line) or as short title-like lines before longer
 * prose; list markers are dropped; hard-wrapped lines are joined into paragraphs.
 */
export function readText(text: string): ArticleDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  let title: string | undefined;
  let startAt = 0;
  const first = nonEmpty[0];
  if (first && looksLikeTitle(first.l, 40) && !/^\d{1,3}$/.test(first.l.trim()) && !headingLine(first.l, undefined)) {
    title = first.l.trim();
    startAt = 1;
  }
  const raw: ({ heading: HeadingLine } | { line: string; blankBefore: boolean; list: boolean })[] = [];
  for (let k = startAt; k < nonEmpty.length; k++) {
    const { l, i } = nonEmpty[k]!;
    const next = nonEmpty[k + 1]?.l;
    const byline = k <= startAt + 2 && isBylineBlock(l.trim());
    const heading = byline || (LIST_MARK.test(l) && ENDS_SENTENCE.test(l.trim())) ? undefined : headingLine(l, next);
    if (heading) {
      raw.push({ heading });
      if (heading.style === 'bare-number') k++;
      continue;
    }
    raw.push({
      line: l.replace(LIST_MARK, '').trim(),
      blankBefore: i === 0 || (lines[i - 1] ?? '').trim() === '',
      list: LIST_MARK.test(l),
    });
  }
  const rank = levels(raw.flatMap((r) => ('heading' in r ? [r.heading] : [])));
  const blocks: Block[] = [];
  for (const r of raw) {
    if ('heading' in r) {
      const h = r.heading;
      blocks.push({
        kind: 'heading',
        level: rank.get(h.style) ?? 1,
        text: h.title,
        ...(h.number ? { number: h.number } : {}),
      });
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'paragraph' && !r.blankBefore && !r.list && !ENDS_SENTENCE.test(last.text))
      last.text = join(last.text, r.line);
    else blocks.push({ kind: 'paragraph', text: r.line });
  }
  return title ? { title, blocks } : { blocks };
}
