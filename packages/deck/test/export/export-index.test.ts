import { expect, it } from 'vitest';
import * as api from '../../src/export/index.js';

it('exposes the export api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_SLIDE_SIZE',
    'MARP_SLIDE_SELECTOR',
    'PPTX_THEMES',
    'addPdfOutline',
    'chartSeries',
    'deckOutline',
    'exportBrowserFormats',
    'exportDeckPdf',
    'exportDeckPngs',
    'exportPptx',
    'measureRenderedSlides',
    'normaliseOfficeZip',
    'pptxFontsFor',
    'pptxThemeFor',
    'slideSize',
  ]);
});
