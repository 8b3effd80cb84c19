import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { normalizeText, textToHtml } from './text-safety.js';

/**
 * Adds `<text>` holding `content`. CDATA keeps the HTML readable; a CDATA section cannot hold `]]>`, so such
 * text is written escaped instead (both read back as the same string).
 */
export function addText(parent: XMLBuilder, content: string): XMLBuilder {
  const text = parent.ele('text');
  const clean = normalizeText(content);
  if (clean === '') return parent;
  if (clean.includes(']]>')) text.txt(clean);
  else text.dat(clean);
  return parent;
}

/** `<tag format="html"><text>…</text></tag>` with plain text turned into escaped HTML. */
export function addHtml(parent: XMLBuilder, tag: string, plain: string): XMLBuilder {
  addText(parent.ele(tag, { format: 'html' }), plain ? `<p>${textToHtml(plain)}</p>` : '');
  return parent;
}

/** `<tag><text>…</text></tag>` holding plain text (names, short answers, match answers). */
export function addPlain(parent: XMLBuilder, tag: string, plain: string): XMLBuilder {
  parent.ele(tag).ele('text').txt(normalizeText(plain));
  return parent;
}
