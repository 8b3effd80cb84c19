import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { clozeSegments } from './cloze-segments.js';
import { correctAnswerLines, displayOrder, rightOrder } from './correct-answer.js';
import { generalFeedbackText } from './general-feedback.js';
import { itemKey, itemSalt } from './key-hashes.js';
import { type ExportLabels, labelsFor } from './labels.js';
import { learnerSourceLabel } from './source-label.js';
import { normalizeText } from './text-safety.js';

/** `practice`: check each item and read the feedback; `exam`: answer everything, submit once, no key in the page. */
export type QuizMode = 'practice' | 'exam';

/**
 * What the static player script reads from the page's JSON block: content as plain strings and each item's
 * key as salted hashes. Only a practice page carries the answers and explanations (shown after a check);
 * an exam page carries nothing a learner could read the key from.
 */
export function playerData(quiz: Quiz, mode: QuizMode = 'practice') {
  const labels = labelsFor(quiz.language);
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  return {
    title: quiz.title,
    language: quiz.language,
    narrativeId: quiz.narrativeId,
    seed: quiz.seed,
    mode,
    labels: playerLabels(labels),
    items: quiz.items.map((item, index) => {
      const section = sections.get(item.source.sectionId);
      const salt = itemSalt(quiz.narrativeId, quiz.seed, index, item.id);
      return {
        id: item.id,
        type: item.type,
        stem: item.stem,
        section: section ? `${section.number} ${section.title}` : '',
        objective: item.objective ?? '',
        where: learnerSourceLabel(item, section, labels),
        ...(item.slide !== undefined ? { slide: item.slide } : {}),
        salt,
        key: itemKey(item, salt),
        ...typeData(item),
        ...(mode === 'practice'
          ? {
              // Note: wildcard patterns cannot be hashed; a practice page (which carries the answers anyway) matches
              // them in the page, an exam page grades on the listed answers only (the LMS files keep the patterns).
              ...(item.type === 'short' && item.patterns ? { patterns: item.patterns } : {}),
              answerText: correctAnswerLines(item, labels),
              explanation: generalFeedbackText(item, labels, section),
              optionFeedback:
                item.type === 'single' || item.type === 'multiple' ? item.options.map((o) => o.feedback ?? '') : [],
            }
          : {}),
      };
    }),
  };
}

/** What the learner sees of each type: texts and option ids, never which is right. */
function typeData(item: Item) {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return { options: item.options.map((o) => ({ id: o.id, text: o.text })) };
    case 'true-false':
      return {};
    case 'numeric':
      return { unit: item.unit };
    case 'short':
      return {};
    case 'cloze':
      return {
        segments: clozeSegments(item).map((s) =>
          s.kind === 'text' ? { text: normalizeText(s.text) } : { gap: s.number },
        ),
      };
    case 'matching': {
      const byId = new Map(item.pairs.map((p) => [p.id, p]));
      return { left: item.pairs.map((p) => p.left), right: rightOrder(item).map((id) => byId.get(id)?.right ?? '') };
    }
    case 'ordering': {
      const byId = new Map(item.sequence.map((e) => [e.id, e]));
      return { entries: displayOrder(item).map((id) => byId.get(id)?.text ?? '') };
    }
  }
}

function playerLabels(l: ExportLabels) {
  const { taughtOnSlide, score, gap, questionN, statementIs: _statementIs, ...words } = l;
  return {
    ...words,
    slide: taughtOnSlide(0).replace('0', '{n}'),
    score: score(0, 1).replace('0', '{got}').replace('1', '{total}'),
    gap: gap(0).replace('0', '{n}'),
    questionN: questionN(0).replace('0', '{n}'),
  };
}
