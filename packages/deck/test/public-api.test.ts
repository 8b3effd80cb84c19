import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins what @lectern/course and the bench import from @lectern/deck;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'DECK_RULES',
    'buildDeckModel',
    'createDeckRenderer',
    'exportBrowserFormats',
    'exportPptx',
    'lintDeck',
    'listThemes',
    'renderDeckFiles',
    'renderDeckHtml',
    'renderMarpMarkdown',
    'teachingSlide',
    'themeSourceFiles',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
