import { forLanguage } from '@lectern/narrative';

/** Words the exports print around the content, in the quiz's language. */
export interface ExportLabels {
  answerKey: string;
  answer: string;
  rationale: string;
  source: string;
  section: string;
  paragraph: string;
  taughtOnSlide: (n: number) => string;
  chooseOne: string;
  chooseAll: string;
  trueLabel: string;
  falseLabel: string;
  fillIn: string;
  matchHint: string;
  orderHint: string;
  gap: (n: number) => string;
  tolerance: string;
  unit: string;
  check: string;
  submit: string;
  reset: string;
  correct: string;
  partlyCorrect: string;
  incorrect: string;
  score: (got: number, total: number) => string;
  moveUp: string;
  moveDown: string;
  position: string;
  choose: string;
  yourAnswer: string;
  questionN: (n: number) => string;
  /** Ends a sentence: `。` or `.`. */
  fullStop: string;
  /** After a label (`答案：`, `Answer: `). */
  colon: string;
  /** A remark in brackets after what it is about: `（单位：亿元）`, ` (unit: billion USD)`. */
  parens: (text: string) => string;
  /** Whether a true/false statement is true, said after the learner's verdict. */
  statementIs: (truth: boolean) => string;
  /** The ordering hint as each platform shows the question: drag and drop, or a number per position. */
  orderDragHint: string;
  orderMatchHint: string;
  /** quiz.html only. */
  orderSelectHint: string;
  retry: string;
  revealed: string;
  submitted: string;
  duplicatePosition: string;
  downloadCsv: string;
  downloadJson: string;
  learnerName: string;
  bySection: string;
  byObjective: string;
  review: string;
  examIntro: string;
}

const zh: ExportLabels = {
  answerKey: '答案与解析',
  answer: '答案',
  rationale: '解析',
  source: '出处',
  section: '章节',
  paragraph: '段落',
  taughtOnSlide: (n) => `第 ${n} 张幻灯片讲到`,
  chooseOne: '单选',
  chooseAll: '多选：选出所有正确项',
  trueLabel: '正确',
  falseLabel: '错误',
  fillIn: '填空',
  matchHint: '在每一项后写上匹配的字母',
  orderHint: '按正确顺序写上序号',
  gap: (n) => `第 ${n} 空`,
  tolerance: '允许误差',
  unit: '单位',
  check: '检查本题',
  submit: '交卷',
  reset: '重做',
  correct: '回答正确',
  partlyCorrect: '部分正确',
  incorrect: '回答错误',
  score: (got, total) => `得分：${got} / ${total}`,
  moveUp: '上移',
  moveDown: '下移',
  position: '位置',
  choose: '请选择',
  yourAnswer: '你的答案',
  questionN: (n) => `第 ${n} 题`,
  fullStop: '。',
  colon: '：',
  parens: (text) => `（${text}）`,
  statementIs: (truth) => (truth ? '这句话符合文章。' : '这句话不符合文章。'),
  orderDragHint: '拖动各项，排成正确的顺序',
  orderMatchHint: '为每个位置选出对应的一项',
  orderSelectHint: '为每一项选出它的次序（1 为最先）',
  retry: '再试一次',
  revealed: '已查看答案：本题得分不再改变',
  submitted: '已交卷，答案已锁定',
  duplicatePosition: '这个位置已被占用：两项已互换',
  downloadCsv: '下载结果（CSV）',
  downloadJson: '下载结果（JSON）',
  learnerName: '姓名',
  bySection: '按章节',
  byObjective: '按学习目标',
  review: '复习',
  examIntro: '考试模式：答完所有题后交卷；交卷前不显示答案。',
};

const en: ExportLabels = {
  answerKey: 'Answer key',
  answer: 'Answer',
  rationale: 'Why',
  source: 'Source',
  section: 'section',
  paragraph: 'paragraph',
  taughtOnSlide: (n) => `taught on slide ${n}`,
  chooseOne: 'Choose one',
  chooseAll: 'Choose all that apply',
  trueLabel: 'True',
  falseLabel: 'False',
  fillIn: 'Fill in',
  matchHint: 'Write the matching letter after each entry',
  orderHint: 'Number the entries in the right order',
  gap: (n) => `gap ${n}`,
  tolerance: 'tolerance',
  unit: 'unit',
  check: 'Check',
  submit: 'Submit',
  reset: 'Start again',
  correct: 'Correct',
  partlyCorrect: 'Partly correct',
  incorrect: 'Incorrect',
  score: (got, total) => `Score: ${got} / ${total}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  position: 'Position',
  choose: 'Choose…',
  yourAnswer: 'Your answer',
  questionN: (n) => `Question ${n}`,
  fullStop: '.',
  colon: ': ',
  parens: (text) => ` (${text})`,
  statementIs: (truth) => (truth ? 'The statement matches the text.' : 'The statement does not match the text.'),
  orderDragHint: 'Drag the entries into the right order',
  orderMatchHint: 'For each position, choose the entry that belongs there',
  orderSelectHint: 'Give each entry its place in the order (1 = first)',
  retry: 'Try again',
  revealed: 'Answer shown: this question’s score no longer changes',
  submitted: 'Submitted: answers are locked',
  duplicatePosition: 'That position was taken: the two entries swapped',
  downloadCsv: 'Download results (CSV)',
  downloadJson: 'Download results (JSON)',
  learnerName: 'Name',
  bySection: 'By section',
  byObjective: 'By objective',
  review: 'Review',
  examIntro: 'Exam mode: answer every question, then submit; no answers are shown before you submit.',
};

/** Chinese labels for Chinese language tags, English otherwise (`uiLanguage` of @lectern/narrative). */
export function labelsFor(language: string): ExportLabels {
  return forLanguage(language, { zh, en });
}
