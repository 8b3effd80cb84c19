import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DeckModel } from '../../src/model/deck-model.js';
import { exportPptx } from '../../src/export/pptx/export-pptx.js';
import { pptxgenParts } from '../../src/export/pptx/pptxgen-parts.js';
import { pptxPresentation } from '../../src/export/pptx/pptx-presentation.js';
import { officeFacesFor } from '../../src/export/pptx/pptx-theme.js';
import { chartRenumbering } from '../../src/export/pptx/renumber-charts.js';
import { tableHeaders } from '../../src/export/pptx/table-headers.js';
import { themeFonts } from '../../src/export/pptx/theme-fonts.js';
import { normaliseOfficeZip, officeOrder } from '../../src/export/normalise-zip.js';
import { SAMPLE_DECK } from './sample-deck.js';

const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const points = (texts: string[]) =>
  texts.map((text, i) => ({ label: `L${i}`, value: Number.parseFloat(text) * 1e8, text, factId: `f${i}` }));
const WITH_CHARTS: DeckModel = {
  ...SAMPLE_DECK,
  slides: [
    ...SAMPLE_DECK.slides,
    {
      index: SAMPLE_DECK.slides.length,
      layout: 'chart',
      title: '营收',
      paragraphIds: [],
      notes: '讲解营收。',
      data: { chart: 'bar', metric: 'revenue', unit: 'USD', points: points(['513亿美元', '801亿美元']) },
    },
  ],
};

/**
 * The writer this package had before it wrote part by part, kept as the reference: pptxgenjs (JSZip) generates
 * the whole package, every part is unzipped and edited, and zipSync zips them all at once.
 */
async function wholePackage(deck: DeckModel): Promise<Uint8Array> {
  const faces = officeFacesFor(deck.theme);
  const written = (await pptxPresentation(deck, deck.theme).write({ outputType: 'uint8array' })) as Uint8Array;
  const entries = unzipSync(written);
  const renumber = chartRenumbering(Object.keys(entries)) ?? ((text: string) => text);
  const original = new Map(Object.keys(entries).map((name) => [renumber(name), name]));
  const fonts = themeFonts(faces);
  const files: Zippable = {};
  for (const name of officeOrder(original.keys())) {
    let data: Uint8Array = entries[original.get(name)!]!;
    if (/\.(xml|rels)$/.test(name)) data = strToU8(tableHeaders(name, fonts(name, renumber(strFromU8(data)))));
    if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, '$11980-01-01T00:00:00Z'));
    }
    if (name.endsWith('.xlsx')) data = normaliseOfficeZip(data);
    files[name] = [data, { mtime: MTIME, level: 6 }];
  }
  return zipSync(files, { mtime: MTIME });
}

describe('the PPTX package, written part by part', () => {
  for (const [label, deck] of [
    ['the sample deck', SAMPLE_DECK],
    ['a deck with a chart (renumbered: charts were made before)', WITH_CHARTS],
  ] as const) {
    it(`gives the bytes of the whole-package writer: ${label}`, { timeout: 60_000 }, async () => {
      const streamed = await exportPptx(deck);
      const whole = await wholePackage(deck);
      expect(Object.keys(unzipSync(streamed))).toEqual(Object.keys(unzipSync(whole)));
      expect(Buffer.from(streamed).equals(Buffer.from(whole))).toBe(true);
    });
  }

  it('keeps every part pptxgenjs made, folders included', { timeout: 60_000 }, async () => {
    const made = Object.keys((await pptxgenParts(pptxPresentation(SAMPLE_DECK, SAMPLE_DECK.theme))).files);
    // The chart parts are numbered from 1 again (pptxgenjs counts charts across exports).
    const renumber = chartRenumbering(made) ?? ((name: string) => name);
    expect(Object.keys(unzipSync(await exportPptx(SAMPLE_DECK))).sort()).toEqual(made.map(renumber).sort());
  });

  it('reaches pptxgenjs through the JSZip it loads, and leaves JSZip working for everyone else', async () => {
    const parts = await pptxgenParts(pptxPresentation(SAMPLE_DECK, SAMPLE_DECK.theme));
    expect(parts).toBeInstanceOf(JSZip);
    const other = new JSZip().file('a.txt', 'text');
    expect(unzipSync(await other.generateAsync({ type: 'uint8array' }))['a.txt']).toEqual(strToU8('text'));
  });
});
