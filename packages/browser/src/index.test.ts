import { expect, it } from 'vitest';
import * as api from './index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BROWSER_INSTALL_HINT',
    'BrowserUnavailableError',
    'CHROME_ARGS',
    'CHROME_CANDIDATES',
    'blockNetwork',
    'capturePngsAndPdf',
    'findChrome',
    'loadHtml',
    'normalisePdfDates',
    'openBrowser',
    'renderPdf',
    'screenshotPages',
    'withBrowser',
  ]);
});
