/** A paragraph's sentences, Markdown emphasis dropped: split after `。！？` and after `.!?` followed by a space. */
export function sentencesOf(text: string): string[] {
  const plain = text.replace(/\*\*|__/g, '');
  // Note: a full stop ends a sentence only before a space (3.6 million stays whole); CJK marks end one anywhere.
  return plain
    .split(/(?<=[。！？!?][”’」）)]*)\s*|(?<=\.["”’)]*)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '' && /[\p{L}\p{N}]/u.test(s));
}

/** The text's clauses: split at commas, semicolons and colons (full- and half-width). */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[,，;；:：]\s*/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** Drops the closing punctuation of a sentence or clause. */
export function stripEnd(text: string): string {
  return text.replace(/[\s。！？!?.,，;；…]+$/u, '');
}

/** Two-character slices of a text without spaces and punctuation: a cheap, language-neutral measure of shared words. */
export function bigrams(text: string): Set<string> {
  const plain = text.toLowerCase().replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= plain.length; i++) out.add(plain.slice(i, i + 2));
  return out;
}

/** Bigram sets of texts `overlap` saw lately: a bank compares the same paragraphs and statements many times. */
const seen = new Map<string, ReadonlySet<string>>();
const SEEN_MAX = 4096;

function bigramsOf(text: string): ReadonlySet<string> {
  let set = seen.get(text);
  if (set === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    set = bigrams(text);
    seen.set(text, set);
  }
  return set;
}

/** Share of `a`'s bigrams found in `b` (0 when `a` has none). */
export function overlap(a: string, b: string): number {
  return share(bigramsOf(a), bigramsOf(b));
}

/** Share of the bigram set `x` found in `y` (0 when `x` is empty). */
export function share(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0) return 0;
  let n = 0;
  for (const g of x) if (y.has(g)) n++;
  return n / x.size;
}

/**
 * Whether a line reads as a table row, not a sentence: a label and a colon, then cells split by semicolons
 * (`Google Cloud: Q3 2024 revenue $11.4 billion; Growth 35%`). An imported article's table can give such key
 * points; as a statement to judge or a summary to pick they read badly.
 */
export function isTableRow(text: string): boolean {
  return /^[^:：;；]{1,40}[:：][^;；]+[;；]/u.test(text.trim());
}
