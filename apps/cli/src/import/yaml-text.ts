/** A YAML scalar for any string: JSON's double-quoted form is valid YAML and escapes everything. */
export function q(text: string): string {
  return JSON.stringify(text);
}

/** `key: value  # comment` lines, indented. */
export function line(indent: number, key: string, value: string, comment?: string): string {
  return `${' '.repeat(indent)}${key}: ${value}${comment ? `  # ${comment}` : ''}\n`;
}
