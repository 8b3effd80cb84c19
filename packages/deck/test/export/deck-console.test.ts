import { type BrowserSession, openBrowser } from '@lectern/browser';
import { loadNarrative } from '@lectern/narrative';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeckModel, renderDeckHtml, renderMarpMarkdown } from '../../src/index.js';
import { chromePath } from './browser-gate.js';

const DIR = new URL('../../../../content/amazon-aws-2023/', import.meta.url).pathname;
const URL_BASE = 'http://deck.test/deck.html';

describe.skipIf(!chromePath)('the seed’s full deck.html in Chromium', { timeout: 300_000 }, () => {
  let session: BrowserSession;
  let html: string;
  beforeAll(async () => {
    const narrative = (await loadNarrative(DIR)).narrative!;
    const deck = buildDeckModel(narrative);
    html = await renderDeckHtml(renderMarpMarkdown(deck), { title: deck.title, lang: deck.language });
    session = await openBrowser({ executablePath: chromePath });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('loads with every embedded face and no console error (no empty font subset: OTS would reject it)', async () => {
    await session.withPage({ width: 1280, height: 720 }, async (page) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.route(`${URL_BASE}*`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await page.goto(`${URL_BASE}#1`);
      // Every face is decoded (a face OTS rejects ends in "error"); walking the deck draws each slide's text.
      const slides = await page.locator('#deck > .marpit > svg').count();
      for (let i = 1; i < slides; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return Array.from(document.fonts as unknown as Iterable<FontFace>).map((f) => f.status);
      });
      expect(faces.length).toBeGreaterThan(0);
      expect(faces.filter((s) => s === 'error')).toEqual([]);
      expect(problems).toEqual([]);
    });
    expect(session.blockedRequests).toEqual([]);
  });
});
