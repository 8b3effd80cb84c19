import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu, Fedora, Alpine and macOS put Chromium or Chrome, in the order we try them. */
export const CHROME_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a system Chromium. `CHROME_PATH` wins when it names an executable file; then the usual install paths.
 * Never downloads a browser.
 *
 * @param env the environment to read `CHROME_PATH` from (defaults to `process.env`)
 * @param candidates the paths to try after `CHROME_PATH`
 * @returns the executable path, or `undefined` when none is found
 */
export function findChrome(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROME_CANDIDATES,
): string | undefined {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return candidates.find(isExecutable);
}
