import type { Severity } from '../findings.js';

/**
 * One entry of a package's rule catalog: every finding rule and every error code a package can report is
 * declared once, with a title, the shape of its message and a hint (after Astro's `errors-data.ts`).
 * `lectern explain <rule>` prints the entry; `check --json` consumers can rely on the ids.
 */
export interface RuleEntry {
  /** Stable id, `scope/kebab-name` (e.g. `quiz/duplicate-option`). Never renamed once released. */
  readonly rule: string;
  /** A finding's usual severity, or `failure` for an error that stops the command (thrown, not collected). */
  readonly severity: Severity | 'failure';
  /** What went wrong, in a few words. */
  readonly title: string;
  /** The message, with `{placeholders}` for what varies. */
  readonly message: string;
  /** How to fix it. A finding's own hint, when it has one, is more specific. */
  readonly hint: string;
}

/** `scope/kebab-name`: lowercase words joined by `-`, one `/`. */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Declares a catalog, checking each id's style and that none repeats. Keeps the literal ids in the type,
 * so `RuleId<typeof CATALOG>` lists them and a finding built with an undeclared id does not compile.
 */
export function defineRules<const T extends readonly RuleEntry[]>(entries: T): T {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!RULE_ID.test(entry.rule)) throw new Error(`rule id "${entry.rule}" is not scope/kebab-name`);
    if (seen.has(entry.rule)) throw new Error(`rule id "${entry.rule}" is declared twice`);
    seen.add(entry.rule);
  }
  return entries;
}

/** The ids a catalog declares. */
export type RuleId<T extends readonly RuleEntry[]> = T[number]['rule'];
