import { BROWSER_INSTALL_HINT, BrowserUnavailableError, findChrome } from '@lectern/browser';
import { type Format, isBrowserFormat } from '../request/formats.js';

export interface BrowserPlan {
  pdf: boolean;
  png: boolean;
  /** The printed exam and key (format `exam`). */
  exam: boolean;
  /** The notes PDF (`notes-pdf`). */
  notes: boolean;
  /** Set when browser formats were dropped because no browser was found. */
  skipped?: { formats: string[]; message: string; hint: string };
}

/**
 * Decides whether PDF/PNG and the printed exam can be made. No browser: a warning when the formats were only the
 * default, an error when the user asked for them by name.
 */
export function planBrowser(
  formats: readonly Format[],
  explicit: boolean,
  env: Record<string, string | undefined>,
): BrowserPlan {
  const wanted = formats.filter(isBrowserFormat);
  if (wanted.length === 0) return { pdf: false, png: false, exam: false, notes: false };
  if (findChrome(env as NodeJS.ProcessEnv) !== undefined)
    return {
      pdf: wanted.includes('pdf'),
      png: wanted.includes('png'),
      exam: wanted.includes('exam'),
      notes: wanted.includes('notes-pdf'),
    };
  const message = `no Chrome or Chromium found: cannot make ${wanted.join(' and ')}`;
  if (explicit) throw new BrowserUnavailableError(message);
  return {
    pdf: false,
    png: false,
    exam: false,
    notes: false,
    skipped: { formats: wanted, message: `${message}; skipped`, hint: BROWSER_INSTALL_HINT },
  };
}
