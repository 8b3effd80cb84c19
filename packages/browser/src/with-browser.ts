import { type BrowserSession, type OpenBrowserOptions, openBrowser } from './open-browser.js';

/**
 * Opens one browser session, hands it to `fn`, and closes it afterwards, also when `fn` throws.
 *
 * @throws BrowserUnavailableError when no browser is found or it fails to start
 */
export async function withBrowser<T>(
  fn: (session: BrowserSession) => Promise<T>,
  options: OpenBrowserOptions = {},
): Promise<T> {
  const session = await openBrowser(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
