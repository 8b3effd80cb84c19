import type { PresentationNormalisation } from '../typography/display-text.js';
import type { SlideDraft } from './draft.js';

/** What fitting one draft gave: the slides it became and the display-text changes it logged. */
export interface FittedDraft {
  drafts: readonly SlideDraft[];
  log: readonly PresentationNormalisation[];
}

/**
 * What a long-lived deck builder (watch mode) keeps between builds: each slide draft as fitted (display text
 * normalised, statement title kept or dropped, split where too full), keyed by the draft, language and theme.
 * Fitting is pure and measures text, the costly part of a deck model; an edit changes a few drafts, so the rest
 * are taken from here. Entries unused for a whole run (`nextRun`) are dropped. Results equal a fresh fit's.
 */
export class SlideFitMemo {
  private last = new Map<string, FittedDraft>();
  private next = new Map<string, FittedDraft>();
  /** How many fits were taken from the memo (tests read it). */
  hits = 0;

  /** Starts a run: what the run before last used and the last one did not is let go. */
  nextRun(): void {
    this.last = this.next;
    this.next = new Map();
    this.hits = 0;
  }

  /** The fit of `draft` kept under the same key, else `fit()` (kept for next time). */
  use(draft: SlideDraft, language: string, theme: string, fit: () => FittedDraft): FittedDraft {
    // Note: drafts are plain data (strings, numbers, arrays, objects), so JSON captures every input.
    const key = JSON.stringify([language, theme, draft]);
    let fitted = this.next.get(key) ?? this.last.get(key);
    if (fitted) this.hits += 1;
    else fitted = fit();
    this.next.set(key, fitted);
    return fitted;
  }
}
