import type { Item } from '../model/item.js';
import type { QuizSection } from '../model/quiz.js';
import type { ExportLabels } from './labels.js';
import { learnerSourceLabel } from './source-label.js';

/** A leading "True." / "错误。" of older feedback texts: the export states the verdict itself. */
const LEADING_VERDICT = /^(?:正[确確]|[错錯][误誤]|[对對]|[错錯]|true|false|correct|incorrect)\s*[。.!！,，:：]\s*/i;

/**
 * What a learner reads after the verdict, as plain text: why (the rationale; for true/false, whether the
 * statement is true and what the text says), then the passage and where it is, then the slide that teaches it.
 * Learner-facing: no internal ids.
 */
export function generalFeedbackText(item: Item, labels: ExportLabels, section?: QuizSection): string {
  const why = [`${labels.rationale}${labels.colon}${item.rationale}`];
  if (item.type === 'true-false') {
    const said = item.feedback?.replace(LEADING_VERDICT, '').trim();
    why.unshift(labels.statementIs(item.answer) + (said ? ` ${said}` : ''));
  }
  const parts = [
    ...why,
    `${labels.source}${labels.parens(learnerSourceLabel(item, section, labels))}${labels.colon}${item.source.passage}`,
  ];
  if (item.slide !== undefined) parts.push(labels.taughtOnSlide(item.slide));
  return parts.join('\n\n');
}

/** The verdict a learner sees first: "回答正确。" / "Correct." (or incorrect, partly correct). */
export function verdictText(labels: ExportLabels, verdict: 'correct' | 'partial' | 'incorrect'): string {
  const word = verdict === 'correct' ? labels.correct : verdict === 'partial' ? labels.partlyCorrect : labels.incorrect;
  return `${word}${labels.fullStop}`;
}

/** Verdict first, then the explanation and the passage: the feedback of one outcome. */
export function verdictFeedback(
  item: Item,
  labels: ExportLabels,
  verdict: 'correct' | 'partial' | 'incorrect',
  section?: QuizSection,
): string {
  return `${verdictText(labels, verdict)}\n\n${generalFeedbackText(item, labels, section)}`;
}
