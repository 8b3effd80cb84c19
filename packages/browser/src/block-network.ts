import type { BrowserContext, Page } from 'playwright-core';

/** What a network guard has stopped so far. */
export interface NetworkGuard {
  /** Every URL the page tried to load over the network, in request order. */
  readonly blocked: readonly string[];
}

/** Schemes a self-contained page may use: they never leave the process. */
const LOCAL_SCHEMES = ['data:', 'about:', 'blob:'];

function isLocal(url: string): boolean {
  return LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/**
 * Aborts every request of `target` that would touch the network (anything but `data:`, `about:`, `blob:`),
 * and records its URL, so tests can assert that a generated page makes no network request.
 *
 * @param target a page, or a whole context (covers pop-ups and every page opened later)
 * @returns the guard whose `blocked` list grows as requests are stopped
 */
export async function blockNetwork(target: Page | BrowserContext): Promise<NetworkGuard> {
  const blocked: string[] = [];
  await target.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await target.routeWebSocket(/.*/, (ws) => {
    blocked.push(ws.url());
    return ws.close();
  });
  return { blocked };
}
