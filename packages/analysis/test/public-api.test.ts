import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('should expose the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ANALYSIS_HTML_CSP',
    'DEFAULT_THRESHOLDS',
    'FLAG_RULES',
    'ResultsFileSchema',
    'analysisFindings',
    'analysisHtml',
    'analysisItemsOf',
    'analysisJson',
    'analyzeResponses',
    'analyzeResults',
    'emptyMatrix',
    'readAnalysis',
    'simulate2pl',
  ]);
});
