import { expect, it } from 'vitest';
import * as api from './index.js';

// Pins what @lectern/deck, @lectern/course and the apps import from @lectern/browser;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'BROWSER_INSTALL_HINT',
    'BROWSER_RULES',
    'BrowserUnavailableError',
    'capturePngsAndPdf',
    'findChrome',
    'loadHtml',
    'openBrowser',
    'renderPdf',
    'screenshotPages',
    'withBrowser',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
