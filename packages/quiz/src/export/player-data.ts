import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { clozeSegments } from './cloze-segments.js';
import { correctAnswerLines, displayOrder, rightOrder } from './correct-answer.js';
import { type ExportLabels, labelsFor } from './labels.js';
import { normalizeText } from './text-safety.js';

/** What the static player script reads from the page's JSON block: content as plain strings, keys included. */
export function playerData(quiz: Quiz) {
  const labels = labelsFor(quiz.language);
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  return {
    title: quiz.title,
    language: quiz.language,
    labels: playerLabels(labels),
    items: quiz.items.map((item) => {
      const section = sections.get(item.source.sectionId);
      const where = [
        `${labels.section} ${section ? `${section.number} ${section.title} ` : ''}(${item.source.sectionId})`,
        `${labels.paragraph} ${item.source.paragraphIds.join(', ')}`,
      ].join(' · ');
      return {
        id: item.id,
        type: item.type,
        stem: item.stem,
        rationale: item.rationale,
        where,
        passage: item.source.passage,
        ...(item.slide !== undefined ? { slide: item.slide } : {}),
        answerText: correctAnswerLines(item, labels),
        ...typeData(item),
      };
    }),
  };
}

function typeData(item: Item) {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return { options: item.options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback ?? '' })) };
    case 'true-false':
      return { answer: item.answer, feedback: item.feedback ?? '' };
    case 'numeric':
      return { answer: item.answer, tolerance: item.tolerance, unit: item.unit };
    case 'short':
      return { answers: item.answers };
    case 'cloze':
      return {
        segments: clozeSegments(item).map((s) =>
          s.kind === 'text' ? { text: normalizeText(s.text) } : { gap: s.number, answers: s.gap.answers },
        ),
      };
    case 'matching': {
      const order = rightOrder(item);
      const byId = new Map(item.pairs.map((p) => [p.id, p]));
      return {
        left: item.pairs.map((p) => p.left),
        right: order.map((id) => byId.get(id)?.right ?? ''),
        key: item.pairs.map((p) => order.indexOf(p.id)),
      };
    }
    case 'ordering': {
      const position = new Map(item.sequence.map((e, i) => [e.id, i + 1]));
      const byId = new Map(item.sequence.map((e) => [e.id, e]));
      return { entries: displayOrder(item).map((id) => ({ text: byId.get(id)?.text ?? '', position: position.get(id) ?? 0 })) };
    }
  }
}

function playerLabels(l: ExportLabels) {
  const { taughtOnSlide, score, gap, questionN, ...words } = l;
  return {
    ...words,
    slide: taughtOnSlide(0).replace('0', '{n}'),
    score: score(0, 1).replace('0', '{got}').replace('1', '{total}'),
    gap: gap(0).replace('0', '{n}'),
    questionN: questionN(0).replace('0', '{n}'),
  };
}
