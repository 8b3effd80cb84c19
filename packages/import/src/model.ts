/** The language a narrative is written in, as the importer detects it. */
export type ImportLanguage = 'zh-CN' | 'zh-TW' | 'en';

/** One block of an article as a reader sees it: a heading or a piece of prose. */
export type Block =
  | { kind: 'heading'; level: number; text: string; number?: string }
  | { kind: 'paragraph'; text: string /** A table row written as a sentence (table-prose.ts). */; table?: true };

/** What a reader extracts from a file before any analysis. */
export interface ArticleDocument {
  /** The document's own title (HTML `<title>`, a Markdown `#`, readability's title). */
  title?: string;
  byline?: string;
  /** Publication date as the page states it (ISO-like or prose). */
  published?: string;
  publication?: string;
  blocks: Block[];
}

/** A section as the article draws it: its heading and the prose under it, sub-headings folded in. */
export interface ArticleSection {
  title: string;
  /** The number as written (`一`, `1`, `01`), if the heading carries one. */
  number?: string;
  paragraphs: string[];
  /** Indices of the paragraphs that are table rows written as sentences (table-prose.ts), not prose. */
  tableRows?: number[];
}

/** Where the source came from, read from a dateline or byline. */
export interface SourceInfo {
  date?: string;
  author?: string;
  publication?: string;
}
