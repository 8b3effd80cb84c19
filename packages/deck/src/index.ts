export { renderChartSvg } from './charts/render-chart.js';
export type { ChartStyle } from './charts/chart-style.js';
export { DECK_CSP, renderDeckHtml } from './html/render-deck-html.js';
export type { DeckHtmlOptions } from './html/render-deck-html.js';
export { DECK_RULES } from './lint/deck-rules.js';
export type { DeckRule } from './lint/deck-rules.js';
export { lintDeck } from './lint/lint-deck.js';
export { buildDeckModel } from './model/build-deck-model.js';
export type { BuildDeckOptions } from './model/build-deck-model.js';
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
export { renderDeckFiles } from './render/deck-files.js';
export type { DeckFilesOptions } from './render/deck-files.js';
export { createDeckRenderer, renderMarpMarkdown } from './render/deck-renderer.js';
export type { DeckRenderer, MarkdownOptions } from './render/deck-renderer.js';
export { escapeMarkdown } from './render/escape-markdown.js';
export { escapeNotes } from './render/escape-notes.js';
export { assertTheme, listThemes, themeCss, themeSourceFiles } from './themes/themes.js';
export {
  type BrowserFormats,
  type BrowserFormatsRequest,
  type DeckPngOptions,
  exportBrowserFormats,
  exportDeckPdf,
  exportDeckPngs,
  exportPptx,
  type PptxOptions,
} from './export/index.js';
