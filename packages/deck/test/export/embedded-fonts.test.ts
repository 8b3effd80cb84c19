import { existsSync } from 'node:fs';
import { type BrowserSession, openBrowser } from '@lectern/browser';
import { loadNarrative } from '@lectern/narrative';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeckModel, listThemes, renderDeckHtml, renderMarpMarkdown } from '../../src/index.js';
import { chromePath } from './browser-gate.js';

const DIR = new URL('../../../../content/amazon-aws-2023/', import.meta.url).pathname;
const present = existsSync(`${DIR}narrative.yaml`);

interface Fallback {
  text: string;
  font: string;
}

/**
 * Every font Chromium drew the deck's text with, per element (CDP `CSS.getPlatformFontsForNode`), where it
 * was not the embedded Noto Sans SC: a glyph the subset lacks falls back to a system font.
 */
async function fallbacks(session: BrowserSession, html: string): Promise<{ fallbacks: Fallback[]; elements: number }> {
  return session.withPage({}, async (page) => {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '#deck section, #deck section *',
    });
    const found: Fallback[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        // A web font can only be ours (the CSP allows data: fonts only); its name table says "Noto Sans SC …".
        if (font.isCustomFont && font.familyName.startsWith('Noto Sans SC')) continue;
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        found.push({
          text: outerHTML.replace(/<[^>]*>/g, '').slice(0, 60),
          font: `${font.familyName} ×${font.glyphCount}`,
        });
      }
    }
    return { fallbacks: found, elements: nodeIds.length };
  });
}

describe.skipIf(!chromePath || !present)('embedded font subsets of the default deck', { timeout: 600_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 600_000);
  afterAll(async () => {
    await session?.close();
  });

  // Marp's built-in themes (default, gaia, uncover) name their own system font stacks; ours draw with the embedded font.
  it('draws every character of every slide with the embedded font, in both weights of our themes', async () => {
    const { narrative } = await loadNarrative(DIR);
    const deck = buildDeckModel(narrative!);
    for (const theme of listThemes().filter((t) => t.startsWith('lectern'))) {
      const html = await renderDeckHtml(renderMarpMarkdown({ ...deck, theme }), {
        title: deck.title,
        lang: deck.language,
      });
      const { fallbacks: found, elements } = await fallbacks(session, html);
      expect(elements).toBeGreaterThan(deck.slides.length * 3);
      expect({ theme, found }).toEqual({ theme, found: [] });
    }
  });

  it('keeps the full deck under 400 KB, byte-identical across renders', async () => {
    const { narrative } = await loadNarrative(DIR);
    const deck = buildDeckModel(narrative!);
    const markdown = renderMarpMarkdown(deck);
    const html = await renderDeckHtml(markdown, { title: deck.title, lang: deck.language });
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(400 * 1024);
    expect(await renderDeckHtml(markdown, { title: deck.title, lang: deck.language })).toBe(html);
    // Only what the slides draw: a character of the notes alone is not embedded.
    expect(html).toMatch(/src:url\(data:font\/woff;base64,/);
  });
});
