import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('should expose the public api', () => {
  expect(Object.keys(api).sort()).toEqual(['detectLanguage', 'findFigures', 'formatOf', 'importArticle', 'reviewMessage', 'scoreArticle', 'seedRecovery', 'splitSentences', 'summariseScores']);
});
