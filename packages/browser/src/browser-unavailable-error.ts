/** The install hint shown whenever no browser can be found or started. */
export const BROWSER_INSTALL_HINT =
  'Install Chromium and the CJK fonts (`apt-get install -y chromium fonts-noto-cjk`), or set CHROME_PATH to a Chrome/Chromium executable.';

/**
 * Thrown when no Chromium is found or it fails to start. Carries the same fields as `LecternError`
 * (`code`, `hint`) so the CLI formats it like any other failure.
 */
export class BrowserUnavailableError extends Error {
  readonly code = 'browser/unavailable';
  readonly hint: string = BROWSER_INSTALL_HINT;

  /**
   * @param message what went wrong
   * @param options `cause`: the launch error, when Chromium was found but did not start
   */
  constructor(message = 'No Chrome or Chromium browser was found.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BrowserUnavailableError';
  }
}
