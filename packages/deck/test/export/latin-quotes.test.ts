import { type BrowserSession, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeckModel, renderDeckHtml, renderMarpMarkdown } from '../../src/index.js';
import { ENGLISH_CHECKPOINT, englishNarrative } from '../fixtures/english-narrative.js';
import { chromePath } from './browser-gate.js';

interface Mark {
  slide: string;
  char: string;
  /** Advance of the mark as drawn, in em of its element's font size. */
  em: number;
}

/** Every curly quotation mark and apostrophe the slides draw, with its drawn width. */
async function quoteMarks(session: BrowserSession, html: string): Promise<Mark[]> {
  return session.withPage({}, async (page) => {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page.evaluate(() => {
      const marks: Array<{ slide: string; char: string; em: number }> = [];
      for (const section of Array.from(document.querySelectorAll('#deck section'))) {
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const size = Number.parseFloat(getComputedStyle(node.parentElement!).fontSize);
          for (let i = 0; i < text.length; i++) {
            if (!'\u2018\u2019\u201c\u201d'.includes(text[i]!)) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            marks.push({ slide: section.className, char: text[i]!, em: range.getBoundingClientRect().width / size });
          }
        }
      }
      return marks;
    });
  });
}

describe.skipIf(!chromePath)('an English deck draws curly quotes with its Latin face', { timeout: 300_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('proportional “ ” ’ on every slide, the checkpoint question included (not full-width)', async () => {
    const deck = buildDeckModel(englishNarrative(), { checkpoints: [ENGLISH_CHECKPOINT] });
    const html = await renderDeckHtml(renderMarpMarkdown(deck), { title: deck.title, lang: deck.language });
    const marks = await quoteMarks(session, html);
    expect(marks.some((m) => m.slide.startsWith('checkpoint-question'))).toBe(true);
    expect(marks.some((m) => m.char === '\u2019')).toBe(true);
    // A full-width CJK mark is 1 em wide; Noto Sans draws these at about 0.2–0.4 em.
    expect(marks.filter((m) => m.em > 0.6)).toEqual([]);
  });
});
