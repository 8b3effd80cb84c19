/** A YAML scalar for any string: JSON's double-quoted form is valid YAML and escapes everything. */
export function q(text: string): string {
  return JSON.stringify(text);
}

/** A `# review: …` comment (one line, no line breaks), or nothing. */
export function reviewComment(messages: readonly string[]): string {
  if (messages.length === 0) return '';
  return `  # review: ${messages.map((m) => m.replace(/\s+/g, ' ')).join(' · ')}`;
}

/** `key: value  # review: …` lines, indented. */
export function field(indent: number, key: string, value: string, review: readonly string[] = []): string {
  return `${' '.repeat(indent)}${key}: ${value}${reviewComment(review)}\n`;
}
