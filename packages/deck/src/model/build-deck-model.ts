import { type Cut, LecternError, type Narrative, type Section } from '@lectern/narrative';
import { splitSlide } from '../overflow/split-slide.js';
import { checkpointSlides } from './checkpoint-slides.js';
import { DROP_ORDER, condensedSectionSlide } from './condensed-slide.js';
import type { CheckpointQuestion, DeckModel, Slide } from './deck-model.js';
import type { SlideDraft } from './draft.js';
import { agendaSlide, sourcesSlide, summarySlide, titleSlide } from './frame-slides.js';
import { sectionSlides } from './section-slides.js';
import { normaliseDisplayText, type PresentationNormalisation } from '../typography/display-text.js';

export interface BuildDeckOptions {
  /** `full` (default) or the id of one of the narrative's cuts. */
  cut?: string;
  /** Comprehension questions shown after their section (question slide, then answer slide). */
  checkpoints?: readonly CheckpointQuestion[];
  /** Theme name recorded in the model. @default lectern */
  theme?: string;
}

function findCut(narrative: Narrative, id: string): Cut | undefined {
  if (id === 'full') return undefined;
  const cut = narrative.cuts.find((c) => c.id === id);
  if (cut === undefined) {
    const valid = ['full', ...narrative.cuts.map((c) => c.id)].join(', ');
    throw new LecternError('deck/unknown-cut', `Unknown cut "${id}" for narrative ${narrative.id}.`, {
      hint: `Use one of: ${valid}.`,
    });
  }
  return cut;
}

function sectionsOf(narrative: Narrative, cut: Cut | undefined): Section[] {
  if (cut?.sections === undefined) return narrative.sections;
  const wanted = new Set(cut.sections);
  return narrative.sections.filter((s) => wanted.has(s.id));
}

/** Display text normalised (logged in `log`), then slides too full for one split: widths are measured on what is shown. */
const split = (
  drafts: SlideDraft[],
  language: string,
  log: PresentationNormalisation[] = [],
  theme = 'lectern',
): SlideDraft[] => drafts.flatMap((d) => splitSlide(normaliseDisplayText(d, language, log), language, theme));

function fullDeck(
  narrative: Narrative,
  sections: Section[],
  cut: Cut | undefined,
  checkpoints: readonly CheckpointQuestion[],
  log: PresentationNormalisation[],
  theme: string,
): SlideDraft[] {
  const body = sections.flatMap((s) => [
    ...sectionSlides(narrative, s),
    ...checkpointSlides(narrative, s.id, checkpoints),
  ]);
  const drafts = [
    titleSlide(narrative, cut?.title),
    agendaSlide(narrative, sections),
    ...body,
    summarySlide(narrative, sections),
  ];
  if (cut?.appendix !== false) drafts.push(sourcesSlide(narrative));
  return split(drafts, narrative.language, log, theme);
}

/** Title, one condensed slide per section (+ its checkpoints), takeaways; then trimmed to `max`. */
function condensedDeck(
  narrative: Narrative,
  sections: Section[],
  cut: Cut,
  checkpoints: readonly CheckpointQuestion[],
  max: number,
  log: PresentationNormalisation[],
  theme: string,
): SlideDraft[] {
  const body = sections.flatMap((s) => [
    condensedSectionSlide(narrative, s),
    ...checkpointSlides(narrative, s.id, checkpoints),
  ]);
  const drafts = [
    titleSlide(narrative, cut.title),
    agendaSlide(narrative, sections),
    ...body,
    summarySlide(narrative, sections),
  ];
  if (cut.appendix !== false) drafts.push(sourcesSlide(narrative));
  let slides = split(drafts, narrative.language, log, theme);
  for (const layout of DROP_ORDER) {
    while (slides.length > max) {
      const at = slides.findLastIndex((s) => s.layout === layout);
      if (at < 0) break;
      // A checkpoint question takes its answer slide with it.
      const pair = layout === 'checkpoint-question' && slides[at + 1]?.layout === 'checkpoint-answer' ? 2 : 1;
      slides = slides.filter((_, i) => i < at || i >= at + pair);
    }
  }
  // Still too long: keep the title and takeaways, and as many sections as fit, in order.
  if (slides.length > max) slides = [...slides.slice(0, max - 1), slides[slides.length - 1]!];
  return slides;
}

/**
 * Turns a narrative into a deck model: pure, deterministic. A cut with `maxSlides` is condensed to
 * fit it when the full treatment would not (one slide per section with its best chart or KPI).
 */
export function buildDeckModel(narrative: Narrative, options: BuildDeckOptions = {}): DeckModel {
  const cutId = options.cut ?? 'full';
  const cut = findCut(narrative, cutId);
  const sections = sectionsOf(narrative, cut);
  const checkpoints = options.checkpoints ?? [];
  const theme = options.theme ?? 'lectern';
  let log: PresentationNormalisation[] = [];
  let drafts = fullDeck(narrative, sections, cut, checkpoints, log, theme);
  if (cut?.maxSlides !== undefined && drafts.length > cut.maxSlides) {
    log = [];
    drafts = condensedDeck(narrative, sections, cut, checkpoints, cut.maxSlides, log, theme);
  }
  // A slide the cut dropped keeps no record.
  const shown = new Set(drafts.map((d) => d.title));
  const normalisations = log.filter((n) => shown.has(n.slide));
  const slides = drafts.map((d, index) => ({ ...d, index }) as Slide);
  return {
    narrativeId: narrative.id,
    language: narrative.language,
    title: cut?.title ?? narrative.title,
    cut: cutId,
    theme,
    slides,
    normalisations,
  };
}
