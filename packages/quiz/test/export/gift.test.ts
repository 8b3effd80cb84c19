import { type GIFTQuestion, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { clozeWithBlanks } from '../../src/export/cloze-segments.js';
import { generalFeedbackText, verdictText } from '../../src/export/general-feedback.js';
import { exportQuizGift } from '../../src/export/gift-exporter.js';
import { giftCanHoldAnswer, giftStemText, multipleWeights } from '../../src/export/gift-question.js';
import { labelsFor } from '../../src/export/labels.js';
import type { Item } from '../../src/model/item.js';
import type { Quiz, QuizSection } from '../../src/model/quiz.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

/** Undo the `[html]` encoding: `<br>` line breaks, then entities. */
function fromHtml(text: string): string {
  return text
    .replace(/<br>\n/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#37;/g, '%')
    .replace(/&amp;/g, '&');
}

// Note: gift-pegjs leaves its internal escape placeholders in a matching pair's right-hand side (it skips
// its own decode step there); Moodle's importer does decode them. Undo them the way the parser does elsewhere.
function decodePegPlaceholders(text: string): string {
  const table: Record<string, string> = {
    '092': '\\',
    '058': ':',
    '035': '#',
    '061': '=',
    '123': '{',
    '125': '}',
    '126': '~',
  };
  return text.replace(/&&(\d{3});/g, (_, code: string) => table[code] ?? '').replace(/&&010/g, '\n');
}

type Q = Exclude<GIFTQuestion, { type: 'Category' } | { type: 'Description' }>;

function checkRoundTrip(quiz: Quiz) {
  const labels = labelsFor(quiz.language);
  const parsed = parse(exportQuizGift(quiz));
  const categories = parsed.filter((q) => q.type === 'Category');
  // A category line starts each run of items from one section; `\` and `/` inside a name are doubled (Moodle reads
  // `\\` as `\` and `//` as a `/` within a name); gift-pegjs gives the line as written.
  const seg = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\//g, '//');
  const expected: string[] = [];
  for (const item of quiz.items) {
    const s = quiz.sections.find((x) => x.id === item.source.sectionId)!;
    const path = `$course$/top/${seg(quiz.title)}/${seg(`${s.number} ${s.title}`)}`;
    if (expected.at(-1) !== path) expected.push(path);
  }
  expect(categories.map((c) => c.title)).toEqual(expected);
  const questions = parsed.filter((q): q is Q => q.type !== 'Category' && q.type !== 'Description');
  let at = 0;
  for (const item of quiz.items) {
    const count = item.type === 'cloze' ? item.gaps.length : 1;
    for (let k = 0; k < count; k++) {
      const answers =
        item.type === 'short'
          ? [...item.answers, ...(item.patterns ?? [])]
          : item.type === 'cloze'
            ? item.gaps[k]!.answers
            : [];
      if (answers.length > 0 && !answers.some(giftCanHoldAnswer)) continue;
      const q = questions[at++]!;
      checkQuestion(
        item,
        q,
        k,
        labels,
        quiz.sections.find((x) => x.id === item.source.sectionId),
      );
    }
  }
  expect(at).toBe(questions.length);
}

function checkQuestion(item: Item, q: Q, k: number, labels: ReturnType<typeof labelsFor>, section?: QuizSection) {
  const right = verdictText(labels, 'correct');
  const wrong = verdictText(labels, 'incorrect');
  const gap = item.type === 'cloze' ? k + 1 : undefined;
  expect(q.title).toBe(item.type === 'cloze' && item.gaps.length > 1 ? `${item.id}-${k + 1}` : item.id);
  expect(q.stem.format).toBe('html');
  expect(fromHtml(q.stem.text)).toBe(giftStemText(item, labels, gap));
  expect(fromHtml(q.globalFeedback?.text ?? '')).toBe(generalFeedbackText(item, labels, section));
  switch (item.type) {
    case 'single':
    case 'multiple': {
      expect(q.type).toBe('MC');
      if (q.type !== 'MC') return;
      const weights = multipleWeights(item.options);
      q.choices.forEach((c, i) => {
        const o = item.options[i]!;
        expect(fromHtml(c.text.text)).toBe(o.text);
        // A single choice's feedback is its verdict, then the option's own note; multiple keeps the note only.
        const verdict = o.correct ? right : wrong;
        const own = item.type === 'single' ? (o.feedback ? `${verdict} ${o.feedback}` : verdict) : o.feedback;
        expect(c.feedback ? fromHtml(c.feedback.text) : undefined).toBe(own);
        if (item.type === 'single') expect(c.isCorrect).toBe(o.correct);
        else expect(c.weight).toBe(weights[i]);
      });
      expect(q.choices).toHaveLength(item.options.length);
      if (item.type === 'multiple') {
        const sum = q.choices.reduce((t, c) => t + Math.max(c.weight!, 0), 0);
        expect(sum).toBeCloseTo(100, 3);
      }
      return;
    }
    case 'true-false':
      expect(q.type === 'TF' && q.isTrue).toBe(item.answer);
      // Rule from Moodle's qformat_gift (`split_truefalse_comment`): {T#wrong#right}, the first feedback is
      // shown for a wrong answer, the second for a right one.
      if (q.type === 'TF') {
        expect(fromHtml(q.trueFeedback?.text ?? '')).toBe(wrong);
        expect(fromHtml(q.falseFeedback?.text ?? '')).toBe(right);
      }
      return;
    case 'numeric':
      expect(q.type).toBe('Numerical');
      if (q.type === 'Numerical' && Array.isArray(q.choices)) {
        expect(q.choices[0]).toMatchObject({
          isCorrect: true,
          text: { type: 'range', number: item.answer, range: item.tolerance },
        });
        expect(fromHtml(q.choices[0]!.feedback?.text ?? '')).toBe(right);
        expect(q.choices[1]).toMatchObject({ isCorrect: false, text: { text: '*' } });
        expect(fromHtml(q.choices[1]!.feedback?.text ?? '')).toBe(wrong);
      } else expect.unreachable('numeric answers with feedback');
      return;
    case 'short':
    case 'cloze': {
      expect(q.type).toBe('Short');
      const answers = (
        item.type === 'short' ? [...item.answers, ...(item.patterns ?? [])] : item.gaps[k]!.answers
      ).filter(giftCanHoldAnswer);
      if (q.type === 'Short') {
        // Every accepted answer at 100 % with the verdict, then `*` at 0 % for anything else.
        expect(q.choices.map((c) => c.text.text)).toEqual([...answers, '*']);
        expect(q.choices.slice(0, -1).every((c) => c.isCorrect && c.weight === 100)).toBe(true);
        expect(q.choices.slice(0, -1).map((c) => fromHtml(c.feedback?.text ?? ''))).toEqual(answers.map(() => right));
        expect(q.choices.at(-1)).toMatchObject({ weight: 0 });
        expect(fromHtml(q.choices.at(-1)?.feedback?.text ?? '')).toBe(wrong);
      }
      if (item.type === 'cloze') expect(q.stem.text).toContain('_____（1）');
      return;
    }
    case 'matching':
    case 'ordering': {
      expect(q.type).toBe('Matching');
      if (q.type !== 'Matching') return;
      const pairs = q.matchPairs.map((p) => [fromHtml(p.subquestion.text), decodePegPlaceholders(p.subanswer)]);
      const expected =
        item.type === 'matching'
          ? item.pairs.map((p) => [p.left, p.right])
          : item.sequence.map((e, i) => [String(i + 1), e.text]);
      expect(pairs).toEqual(expected);
    }
  }
}

describe('quiz.gift.txt', () => {
  it('parses back with gift-pegjs: every type, text, answer and feedback', () => {
    checkRoundTrip(sampleQuiz());
  });

  it('round-trips hostile text containing every GIFT special character', () => {
    const quiz = hostileQuiz();
    checkRoundTrip(quiz);
    const text = exportQuizGift(quiz);
    // Category names, comments and the right side of a match are plain text for Moodle (it escapes them);
    // everything Moodle shows as HTML is escaped here.
    const htmlLines = text
      .split('\n')
      .filter((l) => !l.startsWith('//') && !l.startsWith('$CATEGORY:'))
      .map((l) => (l.startsWith('=') && l.includes(' -> ') ? l.slice(0, l.indexOf(' -> ')) : l));
    expect(htmlLines.join('\n')).not.toContain('<script>');
    expect(text).toContain('\\~ \\= \\# \\{ \\} \\: \\\\');
    expect(HOSTILE).toContain('\n');
    expect(text).toContain('// lectern: who-cut: GIFT cannot hold "->" in a short answer; question left out');
  });

  it('round-trips short answers holding every other special character', () => {
    const quiz = hostileQuiz();
    const plain = HOSTILE.replace('->', '');
    for (const item of quiz.items) {
      if (item.type === 'short') item.answers = [`a ${plain}`, `b ${plain}`, `c ${HOSTILE}`];
      if (item.type === 'cloze') for (const gap of item.gaps) gap.answers = [`${gap.id} ${plain}`];
    }
    checkRoundTrip(quiz);
    expect(exportQuizGift(quiz)).toContain(
      '// lectern: who-cut: GIFT cannot hold "->" in a short answer; 1 answer(s) left out',
    );
  });

  it('maps types as documented', () => {
    const text = exportQuizGift(sampleQuiz());
    expect(text).toContain('~%50%约 27000 人#对。');
    expect(text).toContain('~%-100%只涉及 AWS');
    expect(text).toContain('{\nT#回答错误。#回答正确。\n####');
    expect(text).toContain('{\n#\n=801:0.5#回答正确。\n~#回答错误。\n####');
    expect(text).toContain(
      '=%100%亚马逊#回答正确。\n=%100%Amazon#回答正确。\n=%100%*亚马逊*#回答正确。\n=%0%*#回答错误。',
    );
    expect(text).toContain('=1 -> 2021 年\n=2 -> 2022 年');
    expect(text).toContain('::cloze-growth-2::');
    expect(clozeWithBlanks(sampleQuiz().items[5] as Extract<Item, { type: 'cloze' }>, (n) => `[${n}]`)).toBe(
      'AWS 2022 年营收 [1] 亿美元，同比增长 [2]%。',
    );
  });

  it('is deterministic', () => {
    expect(exportQuizGift(hostileQuiz())).toBe(exportQuizGift(hostileQuiz()));
  });
});
