import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { giftCategorySegment, giftEscape } from './escape-gift.js';
import { giftQuestions } from './gift-question.js';
import { labelsFor } from './labels.js';

/**
 * `quiz.gift.txt`: the quiz in Moodle's GIFT format, one `$CATEGORY:` per section (in quiz order of first
 * appearance), every question titled with its item id, text in `[html]` format.
 *
 * Mapping: single `{=a ~b}`; multiple `{~%50%a ~%-100%b}` (right options share 100, wrong ones share -100);
 * true-false `{T}`/`{F}`; numeric `{#value:tolerance}` with the unit in the question text; short
 * `{=%100%a =%100%b}`; cloze one short-answer question per gap, the text showing every gap as `_____（n）`;
 * matching `{=left -> right}`; ordering (no GIFT type) as matching position → entry: "1 → the entry that
 * comes first". General feedback `####` holds the rationale and the cited passage.
 */
export function exportQuizGift(quiz: Quiz): string {
  const labels = labelsFor(quiz.language);
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const root = `$course$/top/${giftCategorySegment(quiz.title)}`;
  const blocks = [`// ${giftEscape(quiz.title)} (${quiz.narrativeId}, seed ${quiz.seed})`];
  let category = '';
  quiz.items.forEach((item: Item) => {
    const section = sections.get(item.source.sectionId);
    const name = section ? `${section.number} ${section.title}` : item.source.sectionId;
    const path = `${root}/${giftCategorySegment(name)}`;
    if (path !== category) {
      blocks.push(`$CATEGORY: ${path}`);
      category = path;
    }
    blocks.push(...giftQuestions(item, labels, section));
  });
  return `${blocks.join('\n\n')}\n`;
}
