import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { correctAnswerLines } from './correct-answer.js';
import { generalFeedbackText } from './general-feedback.js';
import { giftStemText } from './gift-question.js';
import { labelsFor } from './labels.js';
import { moodleTags } from './moodle-xml-question.js';
import { textToHtml } from './text-safety.js';

/** Items a flashcard can hold: a question whose answer is recalled, not picked from options. */
const RECALL = new Set<Item['type']>(['numeric', 'short', 'cloze', 'single']);

/** One field of Anki's text import: quoted when it holds the separator, a quote or a line break. */
function field(html: string): string {
  return /[\t"\n\r]/.test(html) ? `"${html.replace(/"/g, '""')}"` : html;
}

/** Anki tags are space-separated: spaces inside one become `_`. */
const tag = (text: string) => text.trim().replace(/\s+/g, '_');

/**
 * `quiz.anki.txt`: the quiz's recall items as Anki notes (Basic: Front, Back, Tags), with the file headers
 * Anki ≥ 2.1.55 reads (`#separator:tab`, `#html:true`, `#deck:…`, `#notetype:Basic`, `#tags column:3`).
 * Front: the question; back: the answer, then the explanation and the passage. Choice items keep only
 * their question and the right option (a card is recalled, not picked). Tags: objective, section, level.
 */
export function exportQuizAnki(quiz: Quiz): string {
  const labels = labelsFor(quiz.language);
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const deck = quiz.title.replace(/[\t\r\n]+/g, ' ').replace(/::/g, ':');
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${deck}`,
    '#columns:Front\tBack\tTags',
    '#tags column:3',
  ];
  for (const item of quiz.items) {
    if (!RECALL.has(item.type)) continue;
    const section = sections.get(item.source.sectionId);
    const front = textToHtml(item.type === 'single' ? item.stem : giftStemText(item, labels));
    const answer = correctAnswerLines(item, labels)
      .map((line) => line.replace(/^[A-Z]+\. /, ''))
      .join('\n');
    const back = `<b>${textToHtml(answer)}</b><br><br>${textToHtml(generalFeedbackText(item, labels, section))}`;
    const tags = moodleTags(item, section).map(tag).join(' ');
    lines.push([field(front), field(back), field(tags)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
