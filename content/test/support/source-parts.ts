/** A part of the source text: its number line, its title line and its paragraph lines. */
export interface SourcePart {
  number: string;
  title: string;
  /** 1-based line of the title. */
  titleLine: number;
  /** The paragraphs, one per line, with their 1-based source line. */
  paragraphs: { line: number; text: string }[];
}

/**
 * Splits the seed text into its parts. A part starts with a line holding only its two-digit
 * number (`01`), then a title line; every following line up to the next number is a paragraph.
 */
export function sourceParts(lines: readonly string[]): SourcePart[] {
  const parts: SourcePart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\d{2}$/.test(line)) {
      parts.push({ number: line, title: lines[i + 1] ?? '', titleLine: i + 2, paragraphs: [] });
      i++;
    } else if (line !== '') {
      parts.at(-1)?.paragraphs.push({ line: i + 1, text: line });
    }
  }
  return parts;
}

/** Maps a 1-based source line to the id of the paragraph that holds it, by reading order. */
export function paragraphsByLine(
  parts: readonly SourcePart[],
  sectionParagraphIds: readonly string[][],
): Map<number, string> {
  const map = new Map<number, string>();
  parts.forEach((part, s) => {
    part.paragraphs.forEach((p, n) => {
      const id = sectionParagraphIds[s]?.[n];
      if (id !== undefined) map.set(p.line, id);
    });
  });
  return map;
}
