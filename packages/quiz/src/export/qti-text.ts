import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { normalizeText } from './text-safety.js';

/** Appends text with its line breaks as `<br/>` (the builder escapes the text itself). */
export function addLines(parent: XMLBuilder, text: string): XMLBuilder {
  normalizeText(text)
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) parent.ele('br');
      if (line) parent.txt(line);
    });
  return parent;
}

/** Appends text as `<p>` paragraphs (split at blank lines), line breaks as `<br/>`. */
export function addParagraphs(parent: XMLBuilder, text: string): XMLBuilder {
  for (const paragraph of normalizeText(text).split(/\n[ \t]*\n+/)) addLines(parent.ele('p'), paragraph);
  return parent;
}
