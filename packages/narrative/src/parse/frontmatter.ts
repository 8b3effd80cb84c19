/** A section file cut into its YAML frontmatter and Markdown body, with the line each starts on. */
export interface FrontmatterSplit {
  /** The YAML between the fences, or undefined when the file does not start with `---`. */
  yaml: string | undefined;
  /** 1-based file line of the YAML's first line. */
  yamlLine: number;
  /** False when an opening `---` has no closing `---`. */
  closed: boolean;
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits normalised text (LF line ends, no BOM) at its `---` fences. Pure; never throws. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { yaml: undefined, yamlLine: 1, closed: false, body: text, bodyLine: 1 };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    return { yaml: lines.slice(1).join('\n'), yamlLine: 2, closed: false, body: '', bodyLine: lines.length + 1 };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    closed: true,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
