import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserSession, openBrowser } from '@lectern/browser';
import { loadNarrative } from '@lectern/narrative';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPdfOutline,
  buildDeckModel,
  createDeckRenderer,
  deckOutline,
  exportBrowserFormats,
  renderDeckNotesHtml,
} from '../../src/index.js';
import { chromePath } from './browser-gate.js';

const SEED = new URL('../../../../content/amazon-aws-2023/', import.meta.url).pathname;

/** Runs a poppler tool on PDF bytes (an independent reader: poppler, not the library that wrote them). */
function poppler(tool: string, pdf: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The outline as poppler's `pdftohtml -xml` reads it: [title, page, children] trees. */
function readOutline(pdf: Uint8Array): unknown[] {
  const xml = poppler('pdftohtml', pdf, ['-xml', '-i', '-q', '-stdout']);
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const stack: unknown[][] = [[]];
  let last: unknown[] = [];
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') {
      if (stack.length > 1) {
        const children: unknown[] = [];
        (last as unknown[]).push(children);
        stack.push(children);
      } else stack.push(stack[0]!);
    } else if (m[0] === '</outline>') {
      stack.pop();
      if (stack.length === 1) break;
    } else {
      last = [m[2]!.replace(/&amp;/g, '&'), Number(m[1])];
      stack[stack.length - 1]!.push(last);
    }
  }
  return stack[0]!;
}

const hasPoppler = (() => {
  try {
    execFileSync('pdftohtml', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI) throw new Error('CI is set but poppler-utils (pdftohtml) is missing');
    return false;
  }
})();

describe('deckOutline', async () => {
  const { narrative } = await loadNarrative(SEED);

  it('bookmarks each section at its first slide, with its slides under it; frame slides on top', () => {
    const deck = buildDeckModel(narrative!);
    const outline = deckOutline(deck);
    const sections = outline.filter((e) => e.children !== undefined);
    expect(sections.map((s) => s.title)).toEqual(narrative!.sections.map((s) => `${s.number} ${s.title}`));
    for (const s of sections) {
      expect(deck.slides[s.page]!.layout).toBe('section');
      expect(s.children!.length).toBeGreaterThan(0);
      for (const c of s.children!) expect(deck.slides[c.page]!.sectionId).toBe(deck.slides[s.page]!.sectionId);
    }
    expect(outline[0]).toEqual({ title: narrative!.title, page: 0 });
    // No joiners from the typography step, no continuation or answer slide of its own.
    const all = outline.flatMap((e) => [e, ...(e.children ?? [])]);
    expect(all.some((e) => /[\u2060\u200b]/.test(e.title))).toBe(false);
    expect(all.some((e) => deck.slides[e.page]!.layout === 'checkpoint-answer')).toBe(false);
    expect(new Set(all.map((e) => e.page)).size).toBe(all.length);
  });

  it('writes bookmarks a PDF reader sees, with the same bytes every time', { timeout: 60_000 }, async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage([960, 540]);
    doc.setCreationDate(new Date(0));
    doc.setModificationDate(new Date(0));
    const plain = await doc.save();
    const entries = [
      { title: '开场', page: 0 },
      { title: '01 “云端”坠落', page: 1, children: [{ title: 'AWS & Azure', page: 2 }] },
    ];
    const a = await addPdfOutline(plain, entries);
    const b = await addPdfOutline(plain, entries);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await PDFDocument.load(a)).getPageCount()).toBe(3);
    if (hasPoppler) {
      expect(readOutline(a)).toEqual([
        ['开场', 1],
        ['01 “云端”坠落', 2, [['AWS & Azure', 3]]],
      ]);
    }
    await expect(addPdfOutline(plain, [{ title: 'x', page: 3 }])).rejects.toThrow(/page 4 of 3/);
  });
});

describe.skipIf(!chromePath || !hasPoppler)('deck PDF outline and notes PDF (seed, executive cut)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('prints the bookmarks into deck.pdf and the notes under each slide in the notes PDF', {
    timeout: 600_000,
  }, async () => {
    const { narrative } = await loadNarrative(SEED);
    const deck = buildDeckModel(narrative!, { cut: 'executive' });
    const renderer = createDeckRenderer();
    const html = await renderer.renderHtml(renderer.render(deck), { title: deck.title, lang: deck.language });
    const notesHtml = await renderDeckNotesHtml(deck, renderer);
    const outline = deckOutline(deck);
    const request = { pdf: true, outline, notesHtml, session };
    const first = await exportBrowserFormats(html, request);
    const again = await exportBrowserFormats(html, request);
    expect(Buffer.from(first.pdf!).equals(Buffer.from(again.pdf!))).toBe(true);
    expect(Buffer.from(first.notesPdf!).equals(Buffer.from(again.notesPdf!))).toBe(true);

    const toTree = (entries: typeof outline): unknown[] =>
      entries.map((e) => (e.children ? [e.title, e.page + 1, toTree(e.children)] : [e.title, e.page + 1]));
    expect(readOutline(first.pdf!)).toEqual(toTree(outline));
    expect((await PDFDocument.load(first.pdf!)).getPageCount()).toBe(deck.slides.length);

    // Each notes page starts with the deck title and its number, then the slide, then the notes.
    const text = poppler('pdftotext', first.notesPdf!, ['-layout']);
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(deck.slides.length);
    const squash = (s: string) => s.replace(/[\s\u200b\u2060]+/g, '');
    const all = squash(text);
    for (const [i, slide] of deck.slides.entries()) {
      expect(all).toContain(squash(`${i + 1} / ${deck.slides.length}`));
      const firstNote = slide.notes.split(/\n\s*\n/)[0]!.trim();
      if (firstNote) expect(all).toContain(squash(firstNote).slice(0, 30));
    }
    expect(session.blockedRequests).toEqual([]);
  });
});
