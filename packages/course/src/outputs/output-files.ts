/** File contents as the pipeline produces them: text (UTF-8) or bytes. */
export type FileData = string | Uint8Array;

/**
 * The outputs of one narrative, keyed by path relative to `out/<narrative-id>/`
 * (`deck/deck.md`, `deck-executive/deck.html`, `quiz/quiz.json`…). Insertion order is kept.
 */
export type OutputFiles = Map<string, FileData>;

/** The top folder of an output path: `deck`, `deck-<cut>` or `quiz`. */
export function topFolder(relativePath: string): string {
  return relativePath.split('/')[0] ?? relativePath;
}

export function deckFolder(cut: string): string {
  return cut === 'full' ? 'deck' : `deck-${cut}`;
}

/** A parallel form's folder inside `quiz/`: `form-a`, `form-b`, … */
export function formFolder(letter: string): string {
  return `form-${letter.toLowerCase()}`;
}

export function sameData(a: FileData | undefined, b: FileData | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** The folders whose files differ between two builds (added, removed or changed). */
export function changedFolders(
  previous: OutputFiles | undefined,
  next: OutputFiles,
  folders: readonly string[],
): string[] {
  if (!previous) return [...folders];
  return folders.filter((folder) => {
    const inFolder = (files: OutputFiles) => [...files.keys()].filter((k) => topFolder(k) === folder);
    const before = inFolder(previous);
    const after = inFolder(next);
    if (before.length !== after.length) return true;
    return after.some((key) => !sameData(previous.get(key), next.get(key)));
  });
}
