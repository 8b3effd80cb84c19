/** A part of an imported article: its number, title and paragraphs, verbatim. */
export interface ArticlePart {
  number: string;
  title: string;
  paragraphs: string[];
}

const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;

/**
 * Splits an article into parts. A part starts at a line holding only a number (`01`; the next
 * non-empty line is its title) or at a Markdown heading. Paragraphs are non-empty lines in plain
 * text, blank-line separated blocks in Markdown. Text before the first part becomes part `00`.
 */
export function splitParts(text: string, markdown: boolean): ArticlePart[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const parts: ArticlePart[] = [];
  let current: ArticlePart | undefined;
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) {
      if (!current) {
        current = { number: '00', title: '', paragraphs: [] };
        parts.push(current);
      }
      current.paragraphs.push(block.join('\n'));
    }
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const bare = BARE_NUMBER.exec(line);
    const heading = HEADING.exec(line);
    if (bare) {
      flush();
      let j = i + 1;
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
      const titleLine = lines[j] ?? '';
      current = { number: bare[1]!, title: (HEADING.exec(titleLine)?.[1] ?? titleLine).trim(), paragraphs: [] };
      parts.push(current);
      i = j;
    } else if (heading) {
      flush();
      current = { number: String(parts.length + 1).padStart(2, '0'), title: heading[1]!.trim(), paragraphs: [] };
      parts.push(current);
    } else if (line.trim() === '') flush();
    else if (markdown) block.push(line);
    else {
      block.push(line);
      flush();
    }
  }
  flush();
  return parts.filter((p) => p.paragraphs.length > 0 || p.title !== '');
}
