import MarkdownIt from 'markdown-it';
import type { Finding } from '../findings.js';
import type { SourceLocation } from '../model.js';
import { IdSchema } from '../schema/common.js';
import { error, warning } from './finding.js';

/** A paragraph as found in the body, before ids are given to unmarked ones. */
export interface RawParagraph {
  /** The `{#id}` marker's id, if any. */
  marker?: string;
  markerLoc?: SourceLocation;
  text: string;
  loc: SourceLocation;
  /** The paragraph's source lines, as in the file, with their 1-based file line numbers. */
  lines: { line: number; text: string }[];
}

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const MARKER = /[ \t]*\{#([^{}\n]*)\}[ \t]*$/;
const BLOCK_NAMES: Record<string, string> = {
  heading_open: 'heading',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  blockquote_open: 'block quote',
  fence: 'code block',
  code_block: 'indented code block',
  hr: 'horizontal rule',
  table_open: 'table',
  html_block: 'HTML block',
};

/**
 * Reads a section body's top-level paragraphs with markdown-it's block tokens. `bodyLine` is the file line
 * the body starts on, so `token.map` (0-based body lines) becomes file lines.
 */
export function parseParagraphs(
  file: string,
  body: string,
  bodyLine: number,
): { paragraphs: RawParagraph[]; findings: Finding[] } {
  const bodyLines = body.split('\n');
  const tokens = md.parse(body, {});
  const paragraphs: RawParagraph[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0 || !token.map) continue;
    const [start, end] = token.map;
    if (token.type === 'paragraph_open') {
      const inline = tokens[i + 1]?.content ?? '';
      const lines = bodyLines.slice(start, end).map((text, k) => ({ line: bodyLine + start + k, text }));
      paragraphs.push(toParagraph(file, inline, lines, findings));
    } else if (BLOCK_NAMES[token.type]) {
      const line = bodyLine + start;
      findings.push(
        warning(
          'content/ignored-block',
          `This ${BLOCK_NAMES[token.type]} is not a paragraph and is ignored.`,
          'write the section as plain paragraphs separated by blank lines; headings and lists belong in the frontmatter (title, keyPoints)',
          { file, line, column: 1 },
        ),
      );
    }
  }
  return { paragraphs, findings };
}

function toParagraph(file: string, inline: string, lines: RawParagraph['lines'], findings: Finding[]): RawParagraph {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const loc: SourceLocation = {
    file,
    line: first.line,
    column: first.text.length - first.text.trimStart().length + 1,
    endLine: last.line,
    endColumn: last.text.length + 1,
  };
  const match = MARKER.exec(inline);
  if (!match) return { text: inline.trim(), loc, lines };
  const id = match[1]!.trim();
  const at = last.text.lastIndexOf('{#');
  const markerLoc: SourceLocation = {
    file,
    line: last.line,
    column: at + 1,
    endLine: last.line,
    endColumn: last.text.trimEnd().length + 1,
  };
  if (!IdSchema.safeParse(id).success) {
    findings.push(
      error(
        'schema/invalid',
        `Paragraph id \`${id}\` is not a valid id.`,
        'ids are lowercase letters, digits, ".", "_" or "-", e.g. `{#aws-growth}`',
        markerLoc,
      ),
    );
  }
  return { marker: id, markerLoc, text: inline.slice(0, match.index).trim(), loc, lines };
}
