export { chooseCheckpoints } from './checkpoints/choose-checkpoints.js';
export { BankCache } from './cache/bank-cache.js';
export { LastResult } from './cache/last-result.js';
export { isFrameSlide, type MeasuredDeck, measureDecks } from './measure/measure-decks.js';
export { assetDirs } from './outputs/asset-dirs.js';
export { changedFolders, deckFolder, sameData, topFolder } from './outputs/output-files.js';
export type { FileData, OutputFiles } from './outputs/output-files.js';
export { buildRequest, DEFAULT_REQUEST } from './request/build-request.js';
export type { BuildContext, BuildRequest, QuizSettings } from './request/build-request.js';
export { COURSE_RULES, PACKAGE_RULES } from './request/course-rules.js';
export { cutsFor } from './request/cuts-for.js';
export {
  BROWSER_FORMATS,
  DECK_FORMATS,
  DEFAULT_FORMATS,
  FORMAT_FILES,
  FORMATS,
  isBrowserFormat,
  isDeckFormat,
  QUIZ_FORMATS,
} from './request/formats.js';
export type { DeckFormat, Format, QuizFormat } from './request/formats.js';
export type { CourseBuild } from './run/course-build.js';
export { buildCourse, checkCourse, CourseBuilder } from './run/course-builder.js';
export type { CourseDeck, CourseRun } from './run/course-run.js';
export { runCourse } from './run/run-course.js';
export { teachingSlides, withTeachingSlides } from './slides/teaching-slides.js';
// Note: re-exported so the apps depend on the course alone (config schema, theme check).
export { listThemes, themeSourceFiles } from '@lectern/deck/model';
export { ItemTypeSchema, LMS_TARGETS, MAX_FORMS, QuizSchema } from '@lectern/quiz/model';
export type { ItemType, LmsTarget } from '@lectern/quiz/model';
