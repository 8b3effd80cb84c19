import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserUnavailableError } from '../src/browser-unavailable-error.js';
import { capturePngsAndPdf } from '../src/capture-pngs-and-pdf.js';
import { type BrowserSession, openBrowser } from '../src/open-browser.js';
import { renderPdf } from '../src/render-pdf.js';
import { screenshotPages } from '../src/screenshot-pages.js';
import { withBrowser } from '../src/with-browser.js';
import { chromePath } from './browser-gate.js';
import { pdfPageBoxes, pngSize } from './pdf-facts.js';

const html = readFileSync(new URL('./fixtures/three-slides.html', import.meta.url), 'utf8');

describe('openBrowser without a browser', () => {
  it('throws BrowserUnavailableError with the install hint when the executable does not start', {
    timeout: 120_000,
  }, async () => {
    const error = await openBrowser({ executablePath: '/nonexistent/chromium', timeout: 5000 }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserUnavailableError);
    expect(error.code).toBe('browser/unavailable');
    expect(error.hint).toContain('apt-get install -y chromium fonts-noto-cjk');
    expect(error.hint).toContain('CHROME_PATH');
  });
});

describe.skipIf(!chromePath)('a browser session', { timeout: 180_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('prints one 1280×720 px (960×540 pt) page per slide', async () => {
    const pdf = await renderPdf(session, html, { width: 1280, height: 720 });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdfPageBoxes(pdf)).toEqual([
      [0, 0, 960, 540],
      [0, 0, 960, 540],
      [0, 0, 960, 540],
    ]);
  });

  it('prints the same bytes twice', async () => {
    const a = await renderPdf(session, html, { width: 1280, height: 720 });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // let the clock pass a second
    const b = await renderPdf(session, html, { width: 1280, height: 720 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('takes one PNG per matched element at the requested scale', async () => {
    const pngs = await screenshotPages(session, html, { selector: 'section', scale: 1.5 });
    expect(pngs).toHaveLength(3);
    for (const png of pngs) expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  });

  it('takes PNGs and the PDF from one page with the same bytes as separate pages, run after run', async () => {
    const size = { width: 1280, height: 720 };
    const both = await capturePngsAndPdf(session, html, { selector: 'section', media: 'print', pdf: size });
    const again = await capturePngsAndPdf(session, html, { selector: 'section', media: 'print', pdf: size });
    const pngs = await screenshotPages(session, html, { selector: 'section', media: 'print' });
    const pdf = await renderPdf(session, html, size);
    expect(both.pngs).toHaveLength(3);
    for (const png of both.pngs) expect(pngSize(png)).toEqual(size);
    expect(both.pngs.map((p) => Buffer.from(p).toString('base64'))).toEqual(
      pngs.map((p) => Buffer.from(p).toString('base64')),
    );
    expect(again.pngs.map((p) => Buffer.from(p).toString('base64'))).toEqual(
      pngs.map((p) => Buffer.from(p).toString('base64')),
    );
    expect(Buffer.from(both.pdf).equals(Buffer.from(pdf))).toBe(true);
  });

  it('loads the fixture without any network request', () => {
    expect(session.blockedRequests).toEqual([]);
  });

  it('blocks and records every network request, but lets data: URLs through', async () => {
    const leaky = `<!doctype html><body>
      <img src="https://example.com/tracker.png">
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <link rel="stylesheet" href="http://fonts.example.org/font.css"></body>`;
    const before = session.blockedRequests.length;
    const pngs = await screenshotPages(session, leaky, { selector: 'body' });
    expect(pngs).toHaveLength(1);
    expect([...session.blockedRequests.slice(before)].sort()).toEqual([
      'http://fonts.example.org/font.css',
      'https://example.com/tracker.png',
    ]);
  });
});

describe.skipIf(!chromePath)('withBrowser', { timeout: 180_000 }, () => {
  it('closes the browser when the callback throws', async () => {
    let seen: BrowserSession | undefined;
    await expect(
      withBrowser(
        async (session) => {
          seen = session;
          throw new Error('boom');
        },
        { executablePath: chromePath },
      ),
    ).rejects.toThrow('boom');
    await expect(seen!.withPage({}, async () => 1)).rejects.toThrow();
  });
});
