import { create } from 'xmlbuilder2';
import type { Quiz } from '../model/quiz.js';
import { giftCategorySegment } from './escape-gift.js';
import { labelsFor } from './labels.js';
import type { ExportOptions } from './lms-target.js';
import { addMoodleQuestions } from './moodle-xml-question.js';

/**
 * `quiz.moodle.xml`: the quiz in Moodle XML, a category question before each run of items from one section,
 * HTML text in CDATA, tags for objective, section, level and difficulty. See `addMoodleQuestions` for the
 * type mapping and `options.lms` (Moodle 4.1 has no ordering type).
 */
export function exportQuizMoodleXml(quiz: Quiz, options: ExportOptions = {}): string {
  const labels = labelsFor(quiz.language);
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('quiz');
  const top = `$course$/top/${giftCategorySegment(quiz.title)}`;
  let category = '';
  for (const item of quiz.items) {
    const section = sections.get(item.source.sectionId);
    const path = `${top}/${giftCategorySegment(section ? `${section.number} ${section.title}` : item.source.sectionId)}`;
    if (path !== category) {
      root.ele('question', { type: 'category' }).ele('category').ele('text').txt(path);
      category = path;
    }
    addMoodleQuestions(root, item, labels, section, options.lms);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
