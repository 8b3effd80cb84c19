import { visualLength } from '../text/cjk.js';

/** A line recognised as a heading: its numbering style, the number as written, and the title. */
export interface HeadingLine {
  style: 'zh-numeral' | 'zh-paren' | 'arabic' | 'part' | 'bare-number' | 'short';
  number?: string;
  title: string;
}

const ZH_NUM = '[一二三四五六七八九十百]+';
const PATTERNS: [HeadingLine['style'], RegExp][] = [
  ['part', new RegExp(`^(?:第(${ZH_NUM}|\\d+)(?:部分|章|节|節|篇))[\\s:：、.]*(.*)$`, 'u')],
  ['part', /^(?:Part|Chapter|Section)\s+(\d+|[IVX]+)\b[\s:.–—-]*(.*)$/iu],
  ['zh-numeral', new RegExp(`^(${ZH_NUM})[、.．]\\s*(.+)$`, 'u')],
  ['zh-paren', new RegExp(`^[（(](${ZH_NUM})[）)]\\s*(.+)$`, 'u')],
  ['arabic', /^(\d{1,2})(?:[、.．)]|\s)\s*(.+)$/u],
];

const TERMINAL = /[。！？!?；;：:，,]$|[^.]\.$|[。.!?][”’"」』）)]$/u;

/** True when a line reads like a title: short, and not ending like a sentence. */
export function looksLikeTitle(line: string, max = 24): boolean {
  const text = line.trim();
  return text.length > 0 && visualLength(text) <= max && !TERMINAL.test(text) && !/^[-*•·]\s/.test(text);
}

/** The heading a plain-text line is, or undefined for prose. `next` is the following non-empty line. */
export function headingLine(line: string, next: string | undefined): HeadingLine | undefined {
  const text = line.trim();
  if (/^\d{1,3}$/.test(text) && next !== undefined && looksLikeTitle(next))
    return { style: 'bare-number', number: text, title: next.trim() };
  for (const [style, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const title = (m[2] ?? '').trim();
    if (style === 'arabic' && !looksLikeTitle(title, 20)) return undefined;
    if (style !== 'part' && !looksLikeTitle(title, 30)) return undefined;
    return { style, number: m[1]!, title: title || text };
  }
  if (looksLikeTitle(text, 18) && next !== undefined && visualLength(next) > visualLength(text) * 2)
    return { style: 'short', title: text };
  return undefined;
}

/** Splits a heading's own numbering off its text: `一、云业务` → { number: 一, title: 云业务 }. */
export function splitHeadingNumber(text: string): { number?: string; title: string } {
  const found = headingLine(text, undefined);
  if (found?.number && found.style !== 'bare-number' && found.title !== text.trim())
    return { number: found.number, title: found.title };
  return { title: text.trim() };
}
