/**
 * Flags for a quiet, offline, sandbox-less headless Chromium (containers run as root without user namespaces).
 * `--disable-quic` and the background switches stop Chromium's own traffic (updates, sync, field trials).
 */
export const CHROME_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
];
