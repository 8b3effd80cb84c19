import { BROWSER_INSTALL_HINT, BrowserUnavailableError, findChrome } from '@lectern/browser';
import type { Format } from '../request/formats.js';

export interface BrowserPlan {
  pdf: boolean;
  png: boolean;
  /** Set when browser formats were dropped because no browser was found. */
  skipped?: { formats: string[]; message: string; hint: string };
}

/**
 * Decides whether PDF/PNG can be made. No browser: a warning when the formats were only the
 * default, an error when the user asked for them by name.
 */
export function planBrowser(
  formats: readonly Format[],
  explicit: boolean,
  env: Record<string, string | undefined>,
): BrowserPlan {
  const wanted = formats.filter((f) => f === 'pdf' || f === 'png');
  if (wanted.length === 0) return { pdf: false, png: false };
  if (findChrome(env as NodeJS.ProcessEnv) !== undefined)
    return { pdf: wanted.includes('pdf'), png: wanted.includes('png') };
  const message = `no Chrome or Chromium found: cannot make ${wanted.join(' and ')}`;
  if (explicit) throw new BrowserUnavailableError(message);
  return {
    pdf: false,
    png: false,
    skipped: { formats: wanted, message: `${message}; skipped`, hint: BROWSER_INSTALL_HINT },
  };
}
