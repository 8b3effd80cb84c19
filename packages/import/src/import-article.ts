import { draftArticle } from './draft/draft-article.js';
import type { DraftNarrative } from './draft/draft-model.js';
import type { NumberEngine } from './facts/number-spans.js';
import type { ArticleDocument } from './model.js';
import { detectLanguage } from './nlp/detect-language.js';
import { readDocx } from './read/read-docx.js';
import { readHtml } from './read/read-html.js';
import { readMarkdown } from './read/read-markdown.js';
import { readText } from './read/read-text.js';
import { buildSections } from './structure/build-sections.js';
import { readByline } from './structure/byline.js';
import { safeSections } from './structure/safe-prose.js';
import { narrativeFileText } from './write/narrative-file.js';
import { sectionFileText } from './write/section-file.js';

/** The formats `importArticle` reads, by file extension. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ImportOptions {
  /** Narrative id to write. */
  id: string;
  /** File name (for the format, by extension) — nothing is read from disk. */
  fileName: string;
  /** The file's bytes (any format) or text. */
  data: Uint8Array | string;
  /** Which number finder to use. @default recognizer */
  engine?: NumberEngine;
}

/** The narrative folder's files (paths relative to it), the draft they were written from, and counts to report. */
export interface ImportResult {
  files: Record<string, string>;
  draft: DraftNarrative;
  format: ArticleFormat;
  counts: {
    sections: number;
    paragraphs: number;
    facts: number;
    entities: number;
    quotes: number;
    events: number;
    review: number;
  };
}

/** The format of a file from its name: .docx, .html/.htm, .md/.markdown, anything else plain text. */
export function formatOf(fileName: string): ArticleFormat {
  if (/\.docx$/i.test(fileName)) return 'docx';
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  return 'text';
}

async function readDocument(format: ArticleFormat, data: Uint8Array | string): Promise<ArticleDocument> {
  if (format === 'docx') return readDocx(typeof data === 'string' ? new TextEncoder().encode(data) : data);
  const text = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
  if (format === 'html') return readHtml(text);
  if (format === 'markdown') return readMarkdown(text);
  return readText(text);
}

/** The plain text a narrative keeps as its source: the document's title and blocks, one per line. */
function sourceText(doc: ArticleDocument, original: Uint8Array | string, format: ArticleFormat): string {
  if (format === 'text' || format === 'markdown')
    return typeof original === 'string' ? original : new TextDecoder('utf-8').decode(original);
  return `${[doc.title, ...doc.blocks.map((b) => b.text)].filter(Boolean).join('\n')}\n`;
}

/**
 * Imports an article: reads it (text, Markdown, a saved web page through Readability, a Word file through
 * mammoth), detects its language, draws sections from its headings, and drafts every field of a narrative
 * (facts, entities, quotes, events, key points, summaries, objectives), marking doubtful values for review.
 * Pure apart from the NLP models it loads once; writes nothing.
 */
export async function importArticle(options: ImportOptions): Promise<ImportResult> {
  const format = formatOf(options.fileName);
  const doc = await readDocument(format, options.data);
  const { source, blocks } = readByline(doc);
  const language = detectLanguage([doc.title ?? '', ...blocks.map((b) => b.text)].join('\n'));
  const built = buildSections(blocks, '');
  const { sections, asterisks } = safeSections(built);
  const draft = draftArticle({
    id: options.id,
    ...(doc.title ? { title: doc.title } : {}),
    language,
    source,
    sections,
    ...(options.engine ? { engine: options.engine } : {}),
  });
  for (const [si, pi] of asterisks)
    draft.sections[si]?.review.push({ kind: 'asterisk', paragraph: draft.sections[si]!.paragraphs[pi]!.id });
  const ids = (key: string) => draft.entities.find((e) => e.key === key)?.id ?? key;
  const files: Record<string, string> = {};
  const sectionFiles = draft.sections.map((s, i) =>
    `sections/${String(i + 1).padStart(2, '0')}-${s.id}.md`.slice(0, 90),
  );
  draft.sections.forEach((s, i) => {
    files[sectionFiles[i]!] = sectionFileText(s, ids, language);
  });
  files['narrative.yaml'] = narrativeFileText(draft, sectionFiles);
  files['source.txt'] = sourceText(doc, options.data, format);
  const review = Object.values(files).reduce((n, text) => n + (text.match(/^(?:.*\s)?# review: /gm)?.length ?? 0), 0);
  const counts = {
    sections: draft.sections.length,
    paragraphs: draft.sections.reduce((n, s) => n + s.paragraphs.length, 0),
    facts: draft.sections.reduce((n, s) => n + s.facts.length, 0),
    entities: draft.entities.length,
    quotes: draft.sections.reduce((n, s) => n + s.quotes.length, 0),
    events: draft.sections.reduce((n, s) => n + s.events.length, 0),
    review,
  };
  return { files, draft, format, counts };
}
