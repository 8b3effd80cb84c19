import type { Item } from '../../model/item.js';
import { itemRule } from '../rule.js';

/** A verdict an exporter already gives ("回答正确", "Correct"); the item's own text must not open with another. */
const VERDICT =
  /^\s*(正[确確]|[错錯][误誤]|不正[确確]|[对對]|不[对對]|[错錯]|是的|不是|true|false|correct|incorrect|right|wrong|yes|no)\s*[。.!！,，:：;；]/iu;

function texts(item: Item): [string, string][] {
  const out: [string, string][] = [['rationale', item.rationale]];
  if (item.type === 'true-false' && item.feedback !== undefined) out.push(['feedback', item.feedback]);
  if (item.type === 'single' || item.type === 'multiple') {
    item.options.forEach((o, i) => {
      if (o.feedback !== undefined) out.push([`option ${i + 1} feedback`, o.feedback]);
    });
  }
  return out;
}

/**
 * Feedback that opens with a verdict of its own ("错误。文章的说法是…"): shown after the exporter's "回答正确", it
 * reads as a contradiction to a learner who answered a false statement correctly.
 */
export const feedbackVerdict = itemRule('quiz/feedback-verdict', 'warning', (item) =>
  texts(item)
    .filter(([, text]) => VERDICT.test(text))
    .map(([where, text]) => ({
      message: `the ${where} opens with a verdict ("${VERDICT.exec(text)?.[1]}")`,
      hint: 'Start with what the text says; the quiz tells the learner whether the answer was right.',
    })),
);
