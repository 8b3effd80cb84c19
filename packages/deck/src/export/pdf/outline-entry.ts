/** One bookmark of a PDF outline. */
export interface OutlineEntry {
  /** Shown in the reader's bookmark panel (plain text, any script). */
  title: string;
  /** 0-based page the bookmark opens. */
  page: number;
  /** Bookmarks nested under this one (a section's slides). */
  children?: OutlineEntry[];
}
