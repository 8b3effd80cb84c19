import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { correctAnswerLines } from './correct-answer.js';
import { mdBlock, mdInline } from './escape-markdown.js';
import { type ExportLabels, labelsFor } from './labels.js';
import { learnerSourceLabel } from './source-label.js';

/**
 * `answer-key.md`: for each question, in quiz order, the answer, the rationale, the cited passage with where a
 * learner finds it (part, title, paragraph numbers; never internal ids), and "taught on slide N" when the item knows
 * its slide.
 */
export function exportAnswerKey(quiz: Quiz): string {
  const labels = labelsFor(quiz.language);
  const titles = new Map(quiz.sections.map((s) => [s.id, s]));
  const parts = [`# ${mdInline(quiz.title)} — ${mdInline(labels.answerKey)}`];
  quiz.items.forEach((item, index) => {
    parts.push(`## ${index + 1}`, ...entry(item, labels, titles));
  });
  return `${parts.join('\n\n')}\n`;
}

function entry(item: Item, labels: ExportLabels, sections: Map<string, Quiz['sections'][number]>): string[] {
  const answers = correctAnswerLines(item, labels);
  const answer =
    answers.length === 1
      ? `**${labels.answer}${labels.colon.trim()}** ${mdBlock(answers[0] ?? '', '  ')}`
      : `**${labels.answer}${labels.colon.trim()}**\n\n${answers.map((a) => `- ${mdBlock(a, '  ')}`).join('\n')}`;
  // Note: the key may be handed to learners after the test, so it names the passage as they read it, never by id.
  const where = learnerSourceLabel(item, sections.get(item.source.sectionId), labels);
  const lines = [
    answer,
    `**${labels.rationale}${labels.colon.trim()}** ${mdBlock(item.rationale)}`,
    `**${labels.source}${labels.colon.trim()}** ${mdInline(where)}`,
    `> ${mdBlock(item.source.passage, '> ')}`,
  ];
  if (item.slide !== undefined) lines.push(`*${mdInline(labels.taughtOnSlide(item.slide))}*`);
  return lines;
}
