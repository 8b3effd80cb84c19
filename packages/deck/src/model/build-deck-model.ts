import { type Cut, LecternError, type Narrative, type Section } from '@lectern/narrative';
import { fitStatementTitle } from '../overflow/fit-statement.js';
import { splitSlide } from '../overflow/split-slide.js';
import { checkpointSlides } from './checkpoint-slides.js';
import type { CheckpointQuestion, DeckModel, Slide } from './deck-model.js';
import type { SlideDraft } from './draft.js';
import type { SlideFitMemo } from './slide-fit-memo.js';
import { agendaSlide, appendixSlides, summarySlide, titleSlide } from './frame-slides.js';
import { sectionSlides } from './section-slides.js';
import { fitMessage, messageParts } from './message-deck.js';
import { normaliseDisplayText, type PresentationNormalisation } from '../typography/display-text.js';

export interface BuildDeckOptions {
  /** `full` (default) or the id of one of the narrative's cuts. */
  cut?: string;
  /** Comprehension questions shown after their section (question slide, then answer slide). */
  checkpoints?: readonly CheckpointQuestion[];
  /** Theme name recorded in the model. @default lectern */
  theme?: string;
  /** Fitted drafts kept between builds (watch mode); the model is the same with or without it. */
  memo?: SlideFitMemo;
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

/** One draft's display text normalised (logged in `log`), its statement title kept only where it fits, then split. */
const fitDraft = (d: SlideDraft, language: string, log: PresentationNormalisation[], theme: string): SlideDraft[] =>
  splitSlide(fitStatementTitle(normaliseDisplayText(d, language, log), theme, language), language, theme);

/**
 * Display text normalised (logged in `log`), a statement title kept only where it fits, then slides too full for one
 * split: widths are measured on what is shown, in the deck's theme. `memo` keeps each draft's fit between builds.
 */
const split = (
  drafts: SlideDraft[],
  language: string,
  log: PresentationNormalisation[] = [],
  theme = 'lectern',
  memo?: SlideFitMemo,
): SlideDraft[] =>
  drafts.flatMap((d) => {
    if (!memo) return fitDraft(d, language, log, theme);
    const fitted = memo.use(d, language, theme, () => {
      const own: PresentationNormalisation[] = [];
      return { drafts: fitDraft(d, language, own, theme), log: own };
    });
    log.push(...fitted.log);
    return [...fitted.drafts];
  });

function fullDeck(
  narrative: Narrative,
  sections: Section[],
  cut: Cut | undefined,
  checkpoints: readonly CheckpointQuestion[],
  log: PresentationNormalisation[],
  theme: string,
  memo?: SlideFitMemo,
): SlideDraft[] {
  const body = sections.flatMap((s) => [
    ...sectionSlides(narrative, s),
    ...checkpointSlides(narrative, s.id, checkpoints),
  ]);
  const drafts = [
    titleSlide(narrative, cut?.title),
    agendaSlide(narrative, sections, theme),
    ...body,
    summarySlide(narrative, sections),
  ];
  drafts.push(...appendixSlides(narrative, cut));
  return split(drafts, narrative.language, log, theme, memo);
}

/**
 * Turns a narrative into a deck model: pure, deterministic. A cut with a `thesis` or `carry` list, or whose
 * `maxSlides` the full treatment would exceed, is built by message (`messageParts`): title, thesis, the slides
 * that carry it, the conclusion, within the budget.
 */
export function buildDeckModel(narrative: Narrative, options: BuildDeckOptions = {}): DeckModel {
  const cutId = options.cut ?? 'full';
  const cut = findCut(narrative, cutId);
  const sections = sectionsOf(narrative, cut);
  const checkpoints = options.checkpoints ?? [];
  const theme = options.theme ?? 'lectern';
  let log: PresentationNormalisation[] = [];
  // A cut shows only the checkpoints it asks for.
  const asked = cut === undefined ? checkpoints : cut.checkpoints > 0 ? checkpoints : [];
  let drafts = fullDeck(narrative, sections, cut, asked, log, theme, options.memo);
  const byMessage = cut !== undefined && (cut.thesis !== undefined || cut.carry !== undefined);
  if (cut !== undefined && (byMessage || (cut.maxSlides !== undefined && drafts.length > cut.maxSlides))) {
    log = [];
    const parts = messageParts(narrative, sections, cut, asked);
    drafts = fitMessage(parts, cut.maxSlides ?? Number.POSITIVE_INFINITY, (d) =>
      split(d, narrative.language, log, theme, options.memo),
    );
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
