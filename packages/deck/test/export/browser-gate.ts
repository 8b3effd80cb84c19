import { findChrome } from '@lectern/browser';

/**
 * The Chromium the export tests use. Without one they skip with a message, except under CI, where a missing
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
    'Skipping browser export tests: no Chromium found (apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH).',
  );
}
