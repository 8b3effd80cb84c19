import type { PptxSlide } from './pptxgen-class.js';
import type { LayoutKind, SlideOf } from '../../model/deck-model.js';
import { addAgendaSlide } from './layouts/agenda-slide.js';
import { addBigNumberSlide } from './layouts/big-number-slide.js';
import { addChartSlide } from './layouts/chart-slide.js';
import { addCheckpointAnswerSlide, addCheckpointQuestionSlide } from './layouts/checkpoint-slides.js';
import { addComparisonSlide } from './layouts/comparison-slide.js';
import { addKeyPointsSlide } from './layouts/key-points-slide.js';
import { addQuoteSlide } from './layouts/quote-slide.js';
import { addSectionSlide } from './layouts/section-slide.js';
import { addSourcesSlide } from './layouts/sources-slide.js';
import { addSummarySlide } from './layouts/summary-slide.js';
import { addTimelineSlide } from './layouts/timeline-slide.js';
import { addTitleSlide } from './layouts/title-slide.js';
import type { PptxContext } from './pptx-context.js';

/** Draws one layout's content onto a PowerPoint slide. */
export type PptxLayout<L extends LayoutKind> = (slide: PptxSlide, s: SlideOf<L>, ctx: PptxContext) => void;

/** One module per layout; the mapped type makes a missing layout a compile error. */
export const PPTX_LAYOUTS: { [L in LayoutKind]: PptxLayout<L> } = {
  title: addTitleSlide,
  agenda: addAgendaSlide,
  section: addSectionSlide,
  'key-points': addKeyPointsSlide,
  'big-number': addBigNumberSlide,
  comparison: addComparisonSlide,
  chart: addChartSlide,
  quote: addQuoteSlide,
  timeline: addTimelineSlide,
  summary: addSummarySlide,
  sources: addSourcesSlide,
  'checkpoint-question': addCheckpointQuestionSlide,
  'checkpoint-answer': addCheckpointAnswerSlide,
};
