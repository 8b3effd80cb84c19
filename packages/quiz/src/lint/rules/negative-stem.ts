import { itemRule } from '../rule.js';

/** Negative words in a question: 不是/不属于/不正确/没有/除了… and NOT/except. */
const NEGATIVE =
  /不(是|[属屬][于於]|正[确確]|包括|符合|能|[会會]|[对對])|[没沒]有|[并並]非|除了|除外|\b(not|except|never)\b/iu;
/** Marked-up emphasis the learner cannot miss: **不**, 〖不〗. */
const EMPHASIS = /\*\*[^*]+\*\*|〖[^〗]*〗|<(em|strong|b)>[^<]*<\/\1>/gu;

/** A negative stem without emphasis: learners read past the 不 and answer the opposite question. */
function questionPart(stem: string): string {
  const sentences = stem.split(/(?<=[。.!！])\s*/u).filter((s) => s.trim() !== '');
  const questions = sentences.filter((s) => /[?？]|哪|下列|which|what/iu.test(s));
  return (questions.length > 0 ? questions : sentences).join('');
}

export const negativeStem = itemRule('quiz/negative-stem', 'warning', (item) => {
  // Note: a negative in a lead-in statement ("…,而没有与ChatGPT争锋。") is context; only the question is judged.
  const stem = questionPart(item.stem.replace(EMPHASIS, ''));
  const m = NEGATIVE.exec(stem);
  if (!m) return [];
  return [
    {
      message: `the stem is negative ("${m[0]}") without emphasis`,
      hint: 'Rephrase positively, or emphasise the negative word: **不** or 〖不〗.',
    },
  ];
});
