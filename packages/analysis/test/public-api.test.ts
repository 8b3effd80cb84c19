import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins what the CLI and the bench import from @lectern/analysis;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'ANALYSIS_RULES',
    'analysisFindings',
    'analysisHtml',
    'analysisJson',
    'analyzeResponses',
    'analyzeResults',
    'readAnalysis',
    'simulate2pl',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
