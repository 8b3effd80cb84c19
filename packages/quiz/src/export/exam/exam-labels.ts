import { forLanguage } from '@lectern/narrative';

/** Words the printed exam, its answer sheet and its key print around the content. */
export interface ExamLabels {
  form: (letter: string) => string;
  name: string;
  group: string;
  date: string;
  score: string;
  intro: (count: number) => string;
  answerSheet: string;
  answerSheetIntro: string;
  answerKey: string;
  number: string;
  answer: string;
  source: string;
  slide: string;
  writeLetters: string;
  keyNotice: string;
}

const zh: ExamLabels = {
  form: (letter) => `${letter}卷`,
  name: '姓名',
  group: '班级',
  date: '日期',
  score: '得分',
  intro: (count) => `本卷共 ${count} 题。请把答案写在最后一页的答题卡上。`,
  answerSheet: '答题卡',
  answerSheetIntro: '选择题涂黑所选字母；其他题写出答案。',
  answerKey: '参考答案',
  number: '题号',
  answer: '答案',
  source: '出处',
  slide: '幻灯片',
  writeLetters: '依次写出字母',
  keyNotice: '教师用：请勿发给学员。',
};

const en: ExamLabels = {
  form: (letter) => `Form ${letter}`,
  name: 'Name',
  group: 'Class',
  date: 'Date',
  score: 'Score',
  intro: (count) => `${count} questions. Write your answers on the answer sheet on the last page.`,
  answerSheet: 'Answer sheet',
  answerSheetIntro: 'Choice questions: fill in the letters you choose; write the other answers out.',
  answerKey: 'Answer key',
  number: 'No.',
  answer: 'Answer',
  source: 'Source',
  slide: 'Slide',
  writeLetters: 'write the letters in order',
  keyNotice: 'For the trainer: do not hand out.',
};

/** Chinese labels for Chinese language tags, English otherwise. */
export function examLabelsFor(language: string): ExamLabels {
  return forLanguage(language, { zh, en });
}
