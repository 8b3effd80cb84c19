import { type BrowserSession, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBrowserFormats } from '../../src/export/export-browser-formats.js';
import { exportDeckPdf } from '../../src/export/export-deck-pdf.js';
import { exportDeckPngs } from '../../src/export/export-deck-pngs.js';
import { chromePath } from './browser-gate.js';
import { FOUR_SLIDES, marpDeckHtml } from './marp-fixture.js';
import { pdfPageBoxes, pngSize } from './binary-facts.js';

const html = marpDeckHtml(FOUR_SLIDES);

describe.skipIf(!chromePath)('deck PDF and PNG export', { timeout: 600_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 600_000);
  afterAll(async () => {
    await session?.close();
  });

  it('prints one 16:9 page per slide', async () => {
    const pdf = await exportDeckPdf(session, html);
    expect(pdfPageBoxes(pdf)).toEqual(Array.from({ length: 4 }, () => [0, 0, 960, 540]));
  });

  it('prints the same bytes twice, with a CJK font embedded for the Chinese text', async () => {
    const a = await exportDeckPdf(session, html);
    const b = await exportDeckPdf(session, html);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).toContain('/CreationDate (D:19700101000000');
    expect(Buffer.from(a).toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansCJK/);
  });

  it('captures one PNG per slide at 1280×720, or 1920×1080 at scale 1.5', async () => {
    const small = await exportDeckPngs(session, html);
    expect(small.map(pngSize)).toEqual(Array.from({ length: 4 }, () => ({ width: 1280, height: 720 })));
    // each slide in its own image: the images differ
    expect(new Set(small.map((png) => Buffer.from(png).toString('base64'))).size).toBe(4);
    const large = await exportDeckPngs(session, html, { scale: 1.5 });
    expect(large.map(pngSize)).toEqual(Array.from({ length: 4 }, () => ({ width: 1920, height: 1080 })));
  });

  it('makes no network request', () => {
    expect(session.blockedRequests).toEqual([]);
  });
});

describe.skipIf(!chromePath)('exportBrowserFormats', { timeout: 600_000 }, () => {
  it('makes the PDF and the PNGs in one session', async () => {
    const result = await exportBrowserFormats(html, { pdf: true, png: true, browser: { executablePath: chromePath } });
    expect(pdfPageBoxes(result.pdf!)).toHaveLength(4);
    expect(result.pngs).toHaveLength(4);
    expect(result.blockedRequests).toEqual([]);
  });

  it('reports what a leaky deck without a CSP tried to load', async () => {
    const leaky = html
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('</body>', '<img src="https://cdn.example.com/x.png"></body>');
    const result = await exportBrowserFormats(leaky, { png: true, browser: { executablePath: chromePath } });
    expect(result.pdf).toBeUndefined();
    expect(result.blockedRequests).toEqual(['https://cdn.example.com/x.png']);
  });

  it('starts no browser when nothing is requested', async () => {
    const result = await exportBrowserFormats(html, { browser: { executablePath: '/nonexistent' } });
    expect(result).toEqual({ blockedRequests: [] });
  });
});
