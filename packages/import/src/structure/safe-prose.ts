import type { ArticleSection } from '../model.js';

/**
 * Makes a paragraph safe to write as Markdown prose that the loader reads back as the same one paragraph:
 * `*` (which the loader takes for a word-filter artifact) is escaped, and a leading character that would open
 * a heading, list, quote or table is escaped. Returns whether an asterisk was escaped.
 */
export function safeParagraph(text: string): { text: string; asterisk: boolean } {
  let out = text.replace(/\s+/g, ' ').trim();
  const asterisk = /[*＊]/.test(out);
  out = out.replace(/\\?([*＊])/g, '\\$1');
  out = out.replace(/\{#/g, '{\\#');
  out = out.replace(/^(#|>|[-+](?=\s)|\||`{3}|~{3}|<|=+$)/u, '\\$1');
  out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
  return { text: out, asterisk };
}

/** Every paragraph made safe; returns the ids-to-be (section index, paragraph index) that had an asterisk. */
export function safeSections(sections: readonly ArticleSection[]): {
  sections: ArticleSection[];
  asterisks: [number, number][];
} {
  const asterisks: [number, number][] = [];
  const out = sections.map((s, si) => ({
    ...s,
    paragraphs: s.paragraphs.map((p, pi) => {
      const safe = safeParagraph(p);
      if (safe.asterisk) asterisks.push([si, pi]);
      return safe.text;
    }),
  }));
  return { sections: out, asterisks };
}
