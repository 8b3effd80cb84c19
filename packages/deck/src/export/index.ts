export { type BrowserFormats, type BrowserFormatsRequest, exportBrowserFormats } from './export-browser-formats.js';
export { exportDeckPdf } from './export-deck-pdf.js';
export { type DeckPngOptions, MARP_SLIDE_SELECTOR, exportDeckPngs } from './export-deck-pngs.js';
export { type RenderedSlide, type SlideProblem, measureRenderedSlides } from './measure-rendered-slides.js';
export { normaliseOfficeZip } from './normalise-zip.js';
export { type ChartSeries, chartSeries } from './pptx/chart-series.js';
export { type PptxOptions, exportPptx } from './pptx/export-pptx.js';
export { PPTX_THEMES, type PptxFonts, type PptxTheme, pptxFontsFor, pptxThemeFor } from './pptx/pptx-theme.js';
export { DEFAULT_SLIDE_SIZE, type SlideSize, slideSize } from './slide-size.js';
