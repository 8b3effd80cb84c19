import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins what the CLI and the bench import from @lectern/import;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'formatOf',
    'importArticle',
    'scoreArticle',
    'seedRecovery',
    'summariseScores',
    'toSimplified',
    'toTraditional',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
