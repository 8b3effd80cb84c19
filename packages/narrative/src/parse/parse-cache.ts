/**
 * Remembers, per file, what parsing that file's text gave, so `parseNarrative` skips the YAML, zod and
 * Markdown work for files whose text did not change (watch mode re-parses after every save). Only the
 * latest text of each file is kept. Cross-file checks and assembly still run on every parse.
 */
export interface ParseCache {
  /** The value computed from `text` for `key`, computing and storing it when the text differs from last time. */
  get<T>(key: string, text: string, make: () => T): T;
}

/** A new, empty cache for `parseNarrative(files, { cache })`; keep one per narrative folder. */
export function createParseCache(): ParseCache {
  const entries = new Map<string, { text: string; value: unknown }>();
  return {
    get<T>(key: string, text: string, make: () => T): T {
      const hit = entries.get(key);
      if (hit && hit.text === text) return hit.value as T;
      const value = make();
      entries.set(key, { text, value });
      return value;
    },
  };
}
