import type { Browser, Page } from 'playwright-core';
import { blockNetwork } from './block-network.js';
import { BrowserUnavailableError } from './browser-unavailable-error.js';
import { CHROME_ARGS } from './chrome-args.js';
import { findChrome } from './find-chrome.js';

/** How to start the browser. */
export interface OpenBrowserOptions {
  /** Chrome/Chromium executable. @default findChrome() */
  executablePath?: string;
  /** Extra command-line switches, after the safe defaults. @default [] */
  args?: readonly string[];
  /** Launch timeout in milliseconds. @default 30000 */
  timeout?: number;
}

/** The viewport of one page. */
export interface PageOptions {
  /** CSS pixels. @default 1280 */
  width?: number;
  /** CSS pixels. @default 720 */
  height?: number;
  /** Device pixels per CSS pixel (1.5 turns a 1280×720 slide into a 1920×1080 image). @default 1 */
  scale?: number;
}

/** One running Chromium, shared by many pages; every page in it is cut off from the network. */
export interface BrowserSession {
  readonly executablePath: string;
  /** URLs stopped by the network guard, across every page of this session, in request order. */
  readonly blockedRequests: readonly string[];
  /** Opens a page in a fresh context, runs `fn`, then closes the context (also when `fn` throws). */
  withPage<T>(options: PageOptions, fn: (page: Page) => Promise<T>): Promise<T>;
  /** Stops the browser; Playwright removes the temporary profile directory it created. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with the safe flags and a fresh temporary profile.
 *
 * @throws BrowserUnavailableError when no browser is found or it fails to start
 */
export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
  const executablePath = options.executablePath ?? findChrome();
  if (!executablePath) throw new BrowserUnavailableError();
  let browser: Browser;
  try {
    // Note: Playwright takes ~0.6 s to load; importing it here keeps it out of commands that never open a browser.
    const { chromium } = await import('playwright-core');
    // Note: Playwright refuses `--user-data-dir` in `args`; `launch` itself passes a new
    // `playwright_chromiumdev_profile-*` directory under os.tmpdir() and deletes it on close.
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROME_ARGS, ...(options.args ?? [])],
      timeout: options.timeout ?? 30_000,
    });
  } catch (cause) {
    throw new BrowserUnavailableError(`Chromium at ${executablePath} failed to start.`, { cause });
  }
  const blockedRequests: string[] = [];
  return {
    executablePath,
    blockedRequests,
    async withPage(pageOptions, fn) {
      const context = await browser.newContext({
        viewport: { width: pageOptions.width ?? 1280, height: pageOptions.height ?? 720 },
        deviceScaleFactor: pageOptions.scale ?? 1,
        serviceWorkers: 'block',
        locale: 'zh-CN',
        timezoneId: 'UTC',
      });
      try {
        const guard = await blockNetwork(context);
        try {
          return await fn(await context.newPage());
        } finally {
          blockedRequests.push(...guard.blocked);
        }
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
