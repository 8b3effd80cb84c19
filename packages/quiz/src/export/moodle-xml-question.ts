import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import type { QuizSection } from '../model/quiz.js';
import { generalFeedbackText, verdictText } from './general-feedback.js';
import { giftStemText, multipleWeights } from './gift-question.js';
import type { ExportLabels } from './labels.js';
import { DEFAULT_LMS, type LmsTarget, moodleHasOrdering } from './lms-target.js';
import { addHtml, addPlain, addText } from './moodle-xml-text.js';
import { plainNumber } from './numbers.js';
import { textToHtml } from './text-safety.js';

const FEEDBACK_FORMAT = { format: 'html' } as const;

/** Tags for random-by-tag pools and reports: objective, section, level and difficulty. */
export function moodleTags(item: Item, section?: QuizSection): string[] {
  return [
    ...(item.objective ? [`objective:${item.objective}`] : []),
    `section:${section ? section.number : item.source.sectionId}`,
    `level:${item.level}`,
    `difficulty:${item.difficulty}`,
  ];
}

/**
 * Appends one item as Moodle XML `<question>` elements (several for a cloze item with several gaps).
 * single/multiple → multichoice (multiple: right options share 100, wrong ones share -100); true-false →
 * truefalse; numeric → numerical with tolerance (unit in the text); short → shortanswer; cloze → one
 * shortanswer per gap; matching → matching; ordering → Moodle's `ordering` type (core since Moodle 4.4), or
 * matching position → entry for an older Moodle (`lms: 'moodle@4.1'`), which stops an import at an unknown type.
 * Learners read the verdict first: combined feedback (`correctfeedback`…), per-answer feedback on true/false,
 * short and numeric answers (with a `*` answer worth 0 for anything else), then the general feedback.
 */
export function addMoodleQuestions(
  quiz: XMLBuilder,
  item: Item,
  labels: ExportLabels,
  section?: QuizSection,
  lms: LmsTarget = DEFAULT_LMS,
): void {
  const drag = moodleHasOrdering(lms);
  const right = verdictText(labels, 'correct');
  const wrong = verdictText(labels, 'incorrect');
  const start = (
    type: string,
    name = item.id,
    stem = giftStemText(item, labels, undefined, drag ? 'drag' : 'match'),
  ) => {
    const q = quiz.ele('question', { type });
    addPlain(q, 'name', name);
    addHtml(q, 'questiontext', stem);
    addHtml(q, 'generalfeedback', generalFeedbackText(item, labels, section));
    q.ele('defaultgrade').txt('1').up().ele('penalty').txt('0.3333333').up().ele('hidden').txt('0');
    q.ele('idnumber').txt(name);
    const tags = q.ele('tags');
    for (const tag of moodleTags(item, section)) tags.ele('tag').ele('text').txt(tag);
    return q;
  };
  const combined = (q: XMLBuilder) => {
    addHtml(q, 'correctfeedback', right);
    addHtml(q, 'partiallycorrectfeedback', verdictText(labels, 'partial'));
    addHtml(q, 'incorrectfeedback', wrong);
  };
  const otherwise = (q: XMLBuilder) => answer(q, 0, '*', false, wrong);
  const answer = (q: XMLBuilder, fraction: number | string, text: string, html: boolean, feedback?: string) => {
    const a = q.ele('answer', { fraction: String(fraction), format: html ? 'html' : 'moodle_auto_format' });
    if (html) addText(a, `<p>${textToHtml(text)}</p>`);
    else a.ele('text').txt(text);
    addHtml(a, 'feedback', feedback ?? '');
    return a;
  };
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const q = start('multichoice');
      q.ele('single').txt(item.type === 'single' ? 'true' : 'false');
      q.ele('shuffleanswers').txt('false').up().ele('answernumbering').txt('ABCD');
      combined(q);
      const weights = multipleWeights(item.options);
      item.options.forEach((o, i) => {
        const fraction = item.type === 'single' ? (o.correct ? 100 : 0) : weights[i]!;
        answer(q, fraction, o.text, true, o.feedback);
      });
      return;
    }
    case 'true-false': {
      const q = start('truefalse');
      // Note: each answer's feedback is shown when the learner picks it, so it holds that pick's verdict.
      answer(q, item.answer ? 100 : 0, 'true', false, item.answer ? right : wrong);
      answer(q, item.answer ? 0 : 100, 'false', false, item.answer ? wrong : right);
      return;
    }
    case 'numeric': {
      const q = start('numerical');
      answer(q, 100, plainNumber(item.answer), false, right).ele('tolerance').txt(plainNumber(item.tolerance));
      otherwise(q).ele('tolerance').txt('0');
      return;
    }
    case 'short': {
      const q = start('shortanswer');
      q.ele('usecase').txt('0');
      // Note: Moodle's short answer reads `*` as a wildcard, so a pattern is one more accepted answer.
      for (const a of [...item.answers, ...(item.patterns ?? [])]) answer(q, 100, a, false, right);
      otherwise(q);
      return;
    }
    case 'cloze':
      item.gaps.forEach((gap, i) => {
        const name = item.gaps.length > 1 ? `${item.id}-${i + 1}` : item.id;
        const q = start('shortanswer', name, giftStemText(item, labels, i + 1));
        q.ele('usecase').txt('0');
        for (const a of gap.answers) answer(q, 100, a, false, right);
        otherwise(q);
      });
      return;
    case 'matching': {
      const q = start('matching');
      q.ele('shuffleanswers').txt('true');
      combined(q);
      for (const pair of item.pairs) {
        const sub = q.ele('subquestion', FEEDBACK_FORMAT);
        addText(sub, `<p>${textToHtml(pair.left)}</p>`);
        addPlain(sub, 'answer', pair.right);
      }
      return;
    }
    case 'ordering': {
      if (!drag) {
        // Note: position n is matched to the entry that comes n-th; Moodle shuffles the entries in the menus.
        const q = start('matching');
        q.ele('shuffleanswers').txt('true');
        combined(q);
        item.sequence.forEach((entry, i) => {
          const sub = q.ele('subquestion', FEEDBACK_FORMAT);
          addText(sub, `<p>${i + 1}</p>`);
          addPlain(sub, 'answer', entry.text);
        });
        return;
      }
      const q = start('ordering');
      combined(q);
      q.ele('layouttype').txt('VERTICAL').up().ele('selecttype').txt('ALL').up().ele('selectcount').txt('0');
      q.ele('gradingtype').txt('ABSOLUTE_POSITION').up().ele('showgrading').txt('SHOW');
      q.ele('numberingstyle').txt('none');
      // Note: the ordering type reads the correct position from each answer's fraction (1, 2, …).
      item.sequence.forEach((entry, i) => {
        answer(q, i + 1, entry.text, true);
      });
      return;
    }
  }
}
