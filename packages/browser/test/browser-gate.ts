import { findChrome } from '../src/find-chrome.js';

/**
 * The Chromium the browser tests use. Without one they skip with a message, except under CI, where a missing
 * browser is a failure.
 */
export const chromePath = findChrome();

if (!chromePath) {
  if (process.env.CI) {
    throw new Error(
      'CI is set but no Chromium was found: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH.',
    );
  }
  console.warn(
    'Skipping browser tests: no Chromium found (apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH).',
  );
}
