import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins what the packages above it and the apps (deck, quiz, course, import, analysis, cli, bench, e2e)
// import from @lectern/narrative;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'IdSchema',
    'LecternError',
    'MAX_FILE_BYTES',
    'NARRATIVE_RULES',
    'RULE_ID',
    'chineseNumeral',
    'closest',
    'createParseCache',
    'defineRules',
    'entityName',
    'factMagnitude',
    'findNarratives',
    'forLanguage',
    'formatFactValue',
    'hasErrors',
    'inScript',
    'isChinese',
    'isWebLink',
    'loadNarrative',
    'loadNarrativeFolder',
    'parseNarrative',
    'readNarrativeFiles',
    'scriptPattern',
    'sortFindings',
    'toSimplified',
    'toTraditional',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
