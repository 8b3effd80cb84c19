import type { Cut, Narrative, Section } from '@lectern/narrative';
import { carrySlide } from './carry-slides.js';
import { checkpointSlides } from './checkpoint-slides.js';
import { condensedSectionSlide } from './condensed-slide.js';
import type { CheckpointQuestion } from './deck-model.js';
import { type SlideDraft, draft } from './draft.js';
import { appendixSlides, summaryNotes, titleSlide } from './frame-slides.js';
import { deckLabels } from './labels.js';
import { notesFor } from './notes.js';

/** Key points on the conclusion slide at most. */
const CONCLUSION_POINTS = 4;

/** The parts of a deck built by message, before the budget is applied. */
export interface MessageParts {
  /** Title and thesis: always kept. */
  opening: SlideDraft[];
  /** The slides that carry the thesis, in order; trimmed from the end to fit the budget. */
  carriers: SlideDraft[];
  /** Checkpoint questions and answers the cut asked for; dropped first. */
  checkpoints: SlideDraft[];
  /** The conclusion (and the sources slide, for a cut with `appendix`): always kept. */
  closing: SlideDraft[];
}

/**
 * A cut built by what it must say: the title; the thesis (the cut's `thesis`, then each argued section's
 * summary); the slides that carry it (the cut's `carry` list, else each argued section's best chart, KPIs or key
 * points); as many checkpoints as the cut asks for; the conclusion (the last section's key points).
 */
export function messageParts(
  narrative: Narrative,
  sections: readonly Section[],
  cut: Cut,
  checkpoints: readonly CheckpointQuestion[],
): MessageParts {
  const labels = deckLabels(narrative.language);
  // The narrative's last section is its conclusion; a cut without it argues every section it has.
  const last = narrative.sections[narrative.sections.length - 1];
  const conclusion = sections.length > 1 && sections.includes(last!) ? last : undefined;
  const argued = sections.filter((s) => s !== conclusion);
  const points = [...(cut.thesis === undefined ? [] : [cut.thesis]), ...argued.map((s) => s.summary)];
  const thesis = draft('summary', labels.thesis, { points }, { notes: summaryNotes(points) });
  const carriers =
    cut.carry === undefined
      ? argued.map((s) => condensedSectionSlide(narrative, s))
      : cut.carry.map((c) => carrySlide(narrative, sections, cut, c));
  const asked = sections.flatMap((s) => checkpointSlides(narrative, s.id, checkpoints)).slice(0, cut.checkpoints * 2);
  const closing: SlideDraft[] = [];
  if (conclusion !== undefined) {
    const ids = conclusion.paragraphs.map((p) => p.id);
    const data = { points: conclusion.keyPoints.slice(0, CONCLUSION_POINTS) };
    const extra = { sectionId: conclusion.id, paragraphIds: ids, notes: notesFor(conclusion, ids, conclusion.summary) };
    closing.push(draft('key-points', conclusion.title, data, extra));
  } else {
    const summary = sections.map((s) => s.summary);
    closing.push(draft('summary', labels.summary, { points: summary }, { notes: summaryNotes(summary) }));
  }
  closing.push(...appendixSlides(narrative, cut));
  return { opening: [titleSlide(narrative, cut.title), thesis], carriers, checkpoints: asked, closing };
}

/**
 * Fits the parts into `max` slides (after `fit` has split any slide too full): checkpoints go first, a question
 * with its answer; then carriers, key-point-only ones first, later ones first. The title, the thesis and the conclusion always stay.
 */
export function fitMessage(parts: MessageParts, max: number, fit: (d: SlideDraft[]) => SlideDraft[]): SlideDraft[] {
  const opening = fit(parts.opening);
  const closing = fit(parts.closing);
  let carriers = parts.carriers.map((c) => fit([c]));
  let checks = fit(parts.checkpoints);
  const total = () => opening.length + closing.length + carriers.flat().length + checks.length;
  while (total() > max && checks.length > 0) checks = checks.slice(0, -2);
  // A carrier that is only key points (no figure) goes before one with a chart or KPIs; the later first.
  while (total() > max && carriers.length > 1) {
    const plain = carriers.findLastIndex((c) => c.every((d) => d.layout === 'key-points'));
    const at = plain >= 0 ? plain : carriers.length - 1;
    carriers = carriers.filter((_, i) => i !== at);
  }
  return [...opening, ...carriers.flat(), ...checks, ...closing];
}
