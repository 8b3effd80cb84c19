// The model half of the deck: slides as data, their lint and the themes' names and files, without the renderers
// and exporters (handlebars, Marp, pptxgenjs, fflate). `check` loads only this; the index re-exports all of it.
export type { ChartStyle } from './charts/chart-style.js';
export { DECK_RULES } from './lint/deck-rules.js';
export type { DeckRule } from './lint/deck-rules.js';
export { lintDeck } from './lint/lint-deck.js';
export { buildDeckModel } from './model/build-deck-model.js';
export type { BuildDeckOptions } from './model/build-deck-model.js';
export { SlideFitMemo } from './model/slide-fit-memo.js';
export type { FittedDraft } from './model/slide-fit-memo.js';
export type {
  AgendaData,
  AgendaItem,
  BigNumberData,
  ChartData,
  ChartKind,
  ChartPoint,
  CheckpointAnswerData,
  CheckpointQuestion,
  CheckpointQuestionData,
  ComparisonData,
  ComparisonRow,
  DeckModel,
  EditorialNote,
  FactValue,
  KeyPointsData,
  Kpi,
  LayoutDataMap,
  LayoutKind,
  QuoteData,
  QuoteEntry,
  SectionDividerData,
  Slide,
  SlideOf,
  SourcesData,
  SummaryData,
  TimelineData,
  TimelineEntry,
  TitleData,
} from './model/deck-model.js';
export { deckLabels } from './model/labels.js';
export type { DeckLabels } from './model/labels.js';
export { teachingSlide } from './model/teaching-slide.js';
export { BUDGETS } from './overflow/budgets.js';
export type { Budget } from './overflow/budgets.js';
export { measureSlide, overflows } from './overflow/measure-slide.js';
export { lineCount, textWidth } from './overflow/text-width.js';
export { assertTheme, listThemes, themeCss, themeSourceFiles } from './themes/themes.js';
