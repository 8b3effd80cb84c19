import type { Item } from '../model/item.js';
import { clozeSegments } from './cloze-segments.js';
import { giftEscape, giftHtml } from './escape-gift.js';
import type { QuizSection } from '../model/quiz.js';
import { generalFeedbackText, verdictText } from './general-feedback.js';
import type { ExportLabels } from './labels.js';
import { plainNumber, round5 } from './numbers.js';

/**
 * The text a GIFT or Moodle XML question shows: the stem, plus the unit or cloze text for those types. An
 * ordering item's hint says what the platform shows: drag and drop (Moodle's ordering type) or one menu per
 * position (exported as matching).
 */
export function giftStemText(
  item: Item,
  labels: ExportLabels,
  gap?: number,
  ordering: 'drag' | 'match' = 'match',
): string {
  switch (item.type) {
    case 'numeric':
      return item.unit
        ? `${item.stem}\n${labels.parens(`${labels.unit}${labels.colon}${item.unit}`).trim()}`
        : item.stem;
    case 'cloze': {
      const text = clozeSegments(item)
        .map((s) => (s.kind === 'text' ? s.text : `_____${labels.parens(String(s.number))}`))
        .join('');
      return `${item.stem}\n${text}${gap !== undefined && item.gaps.length > 1 ? `\n→ ${labels.gap(gap)}` : ''}`;
    }
    case 'ordering':
      return `${item.stem}\n${ordering === 'drag' ? labels.orderDragHint : labels.orderMatchHint}`;
    default:
      return item.stem;
  }
}

const feedback = (text: string | undefined) => (text ? `#${giftHtml(text)}` : '');

/** The weights of a multiple-response item: right options share +100, wrong ones share -100. */
export function multipleWeights(options: { correct: boolean }[]): number[] {
  const right = options.filter((o) => o.correct).length;
  const wrong = options.length - right;
  return options.map((o) => (o.correct ? round5(100 / right) : round5(-100 / wrong)));
}

/** Whether GIFT can hold this short answer: `->` cannot be escaped and would turn it into a matching pair. */
export function giftCanHoldAnswer(answer: string): boolean {
  return !answer.includes('->');
}

function shortAnswers(title: string, answers: string[], block: (lines: string[]) => string): string {
  const usable = answers.filter(giftCanHoldAnswer);
  const note = `// lectern: ${giftEscape(title)}: GIFT cannot hold "->" in a short answer`;
  if (usable.length === 0) return `${note}; question left out`;
  const question = block(usable.map((a) => `=%100%${giftEscape(a)}`));
  return usable.length < answers.length
    ? `${note}; ${answers.length - usable.length} answer(s) left out\n${question}`
    : question;
}

/**
 * One item as GIFT question blocks (several for a cloze item with several gaps). The learner reads the
 * verdict first: Moodle's GIFT reader takes true/false as `{T#wrong#right}` (`split_truefalse_comment`:
 * first feedback for a wrong answer, second for a right one), each choice's `#feedback` when chosen, and a
 * `*` answer worth 0 % for any other short answer; the explanation and the passage are the general feedback.
 */
export function giftQuestions(item: Item, labels: ExportLabels, section?: QuizSection): string[] {
  const general = `####${giftHtml(generalFeedbackText(item, labels, section))}`;
  const right = verdictText(labels, 'correct');
  const wrong = verdictText(labels, 'incorrect');
  const withVerdict = (verdict: string, extra?: string) => feedback(extra ? `${verdict} ${extra}` : verdict);
  const head = (title: string, stem: string) => {
    const id = /^[\w.-]+$/.test(title) ? `// [id:${title}]\n` : '';
    return `${id}::${giftEscape(title)}::[html]${giftHtml(stem)}`;
  };
  const block = (answers: string[], title = item.id, stem = giftStemText(item, labels)) =>
    `${head(title, stem)} {\n${[...answers, general].join('\n')}\n}`;
  switch (item.type) {
    case 'single':
      return [
        block(
          item.options.map(
            (o) => `${o.correct ? '=' : '~'}${giftHtml(o.text)}${withVerdict(o.correct ? right : wrong, o.feedback)}`,
          ),
        ),
      ];
    case 'multiple': {
      const weights = multipleWeights(item.options);
      return [block(item.options.map((o, i) => `~%${weights[i]}%${giftHtml(o.text)}${feedback(o.feedback)}`))];
    }
    case 'true-false':
      return [block([`${item.answer ? 'T' : 'F'}${feedback(wrong)}${feedback(right)}`])];
    case 'numeric':
      // Note: `{#` then `=value:tolerance#right` and `~#wrong`: Moodle reads the part after `~` as the answer
      // `*` worth 0 (qformat_gift, numerical); the `=` form keeps the feedback apart from the number.
      return [
        block([
          '#',
          `=${plainNumber(item.answer)}:${plainNumber(item.tolerance)}${feedback(right)}`,
          `~${feedback(wrong)}`,
        ]),
      ];
    case 'short':
      return [
        shortAnswers(item.id, [...item.answers, ...(item.patterns ?? [])], (answers) =>
          block([...answers.map((a) => `${a}${feedback(right)}`), `=%0%*${feedback(wrong)}`]),
        ),
      ];
    case 'cloze':
      return item.gaps.map((gap, i) => {
        const title = item.gaps.length > 1 ? `${item.id}-${i + 1}` : item.id;
        return shortAnswers(title, gap.answers, (answers) =>
          block(
            [...answers.map((a) => `${a}${feedback(right)}`), `=%0%*${feedback(wrong)}`],
            title,
            giftStemText(item, labels, i + 1),
          ),
        );
      });
    case 'matching':
      return [block(item.pairs.map((p) => `=${giftHtml(p.left)} -> ${giftEscape(p.right)}`))];
    case 'ordering':
      // Note: GIFT has no ordering type; position n is matched to the entry that comes n-th (Moodle shuffles
      // the right-hand choices when it shows the question).
      return [block(item.sequence.map((e, i) => `=${i + 1} -> ${giftEscape(e.text)}`))];
  }
}
