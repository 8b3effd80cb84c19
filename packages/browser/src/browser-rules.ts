import { BROWSER_INSTALL_HINT } from './browser-unavailable-error.js';

/**
 * Every error code the browser package reports, in the shape of @lectern/narrative's `RuleEntry`
 * (declared here without importing it: the two packages share the bottom floor).
 */
export const BROWSER_RULES = [
  {
    rule: 'browser/unavailable',
    severity: 'failure',
    title: 'No Chrome or Chromium to make PDF and PNG',
    message: 'No Chrome or Chromium browser was found (or it did not start): cannot make {formats}.',
    hint: BROWSER_INSTALL_HINT,
  },
] as const;
