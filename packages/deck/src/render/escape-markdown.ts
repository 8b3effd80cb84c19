/**
 * Escapes content so that it is literal text inside one Markdown line of a Marp slide: no emphasis,
 * link, image, code, HTML, comment, directive, list, heading, table cell break or slide break can
 * come from it. `<`, `>` and `&` become entities (so `<!-- … -->` is never a Marp comment); other
 * Markdown punctuation gets a backslash; line breaks and runs of whitespace become one space.
 */
const PUNCTUATION = /[\\`*_{}[\]()#+\-!|~$^=:"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(PUNCTUATION, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Escapes a YAML scalar for Marp front matter: a JSON string is a valid YAML double-quoted
 * scalar, so it cannot end the value, the front matter or the document.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
