import { type BrowserSession, openBrowser } from '@lectern/browser';

/** A browser being started while the decks are rendered; one session serves every cut. */
export interface EarlyBrowser {
  /** The open session; rejects (BrowserUnavailableError) when the browser failed to start. */
  session(): Promise<BrowserSession>;
  /** Closes the browser if it started. */
  close(): Promise<void>;
}

/**
 * Starts Chromium now (~0.6 s, in its own processes) so its start-up overlaps the deck rendering, instead
 * of starting one browser per cut once its HTML is ready. A start failure is reported where the session
 * is first used, as before.
 */
export function startBrowserEarly(): EarlyBrowser {
  const opening = openBrowser();
  // Note: handled here so a failure the build never reaches (no deck rendered) is not an unhandled rejection.
  opening.catch(() => undefined);
  return {
    session: () => opening,
    async close() {
      const session = await opening.catch(() => undefined);
      await session?.close();
    },
  };
}
