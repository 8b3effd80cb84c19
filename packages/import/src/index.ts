export {
  type ArticleFormat,
  formatOf,
  type ImportOptions,
  type ImportResult,
  importArticle,
} from './import-article.js';
export type { DraftFact, DraftNarrative, DraftSection } from './draft/draft-model.js';
export type { ReviewMark } from './draft/review.js';
export { reviewMessage } from './draft/review.js';
export { findFigures } from './facts/find-figures.js';
export type { Figure } from './facts/figure.js';
export type { NumberEngine } from './facts/number-spans.js';
export { detectLanguage } from './nlp/detect-language.js';
export { toSimplified, toTraditional } from '@lectern/narrative';
export { splitSentences } from './text/sentences.js';
export type { ImportLanguage } from './model.js';
export type { GoldArticle, GoldFigure } from './evaluate/gold.js';
export { type ArticleScore, scoreArticle, summariseScores } from './evaluate/score-article.js';
export { seedRecovery } from './evaluate/seed-recovery.js';
