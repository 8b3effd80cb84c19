import type { Page } from 'playwright-core';

/** Puts `html` into `page`, then waits for images and web fonts, so captures never show fallback glyphs. */
export async function loadHtml(page: Page, html: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
  // A string, because this package compiles without the DOM lib.
  await page.evaluate('document.fonts.ready.then(() => true)');
}
