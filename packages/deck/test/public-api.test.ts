import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BUDGETS',
    'DECK_CSP',
    'assertTheme',
    'buildDeckModel',
    'createDeckRenderer',
    'deckLabels',
    'escapeMarkdown',
    'escapeNotes',
    'exportBrowserFormats',
    'exportDeckPdf',
    'exportDeckPngs',
    'exportPptx',
    'lineCount',
    'lintDeck',
    'listThemes',
    'measureSlide',
    'overflows',
    'renderChartSvg',
    'renderDeckFiles',
    'renderDeckHtml',
    'renderMarpMarkdown',
    'teachingSlide',
    'textWidth',
    'themeCss',
  ]);
});
