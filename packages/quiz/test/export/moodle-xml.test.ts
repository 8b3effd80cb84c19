import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { generalFeedbackText, verdictText } from '../../src/export/general-feedback.js';
import { giftStemText } from '../../src/export/gift-question.js';
import { labelsFor } from '../../src/export/labels.js';
import { exportQuizMoodleXml } from '../../src/export/moodle-xml-exporter.js';
import type { LmsTarget } from '../../src/export/lms-target.js';
import { lmsWarnings } from '../../src/export/lms-warnings.js';
import type { Quiz } from '../../src/model/quiz.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed XML tree
type Node = Record<string, any>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});

const text = (node: Node | undefined): string => String(node?.text ?? '');
/** The plain text inside `<p>…</p>` HTML as exported: `<br>` line breaks, entities decoded. */
function fromHtml(html: string): string {
  return html
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/<br>\n/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function questions(quiz: Quiz, lms?: LmsTarget): Node[] {
  const xml = exportQuizMoodleXml(quiz, lms ? { lms } : {});
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).quiz.question as Node[];
}

function checkStructure(quiz: Quiz, lms: LmsTarget = 'moodle@4.4') {
  const labels = labelsFor(quiz.language);
  const right = verdictText(labels, 'correct');
  const wrong = verdictText(labels, 'incorrect');
  const all = questions(quiz, lms);
  expect(all[0]!['@type']).toBe('category');
  const real = all.filter((q) => q['@type'] !== 'category');
  const expectedNames = quiz.items.flatMap((i) =>
    i.type === 'cloze' && i.gaps.length > 1 ? i.gaps.map((_, k) => `${i.id}-${k + 1}`) : [i.id],
  );
  expect(real.map((q) => text(q.name))).toEqual(expectedNames);
  let at = 0;
  for (const item of quiz.items) {
    const count = item.type === 'cloze' ? item.gaps.length : 1;
    for (let k = 0; k < count; k++) {
      const q = real[at++]!;
      const section = quiz.sections.find((x) => x.id === item.source.sectionId);
      // Moodle's rules: a name, a question text, general feedback.
      expect(q.questiontext['@format']).toBe('html');
      const ordering = lms === 'moodle@4.1' ? 'match' : 'drag';
      expect(fromHtml(text(q.questiontext))).toBe(
        giftStemText(item, labels, item.type === 'cloze' ? k + 1 : undefined, ordering),
      );
      expect(fromHtml(text(q.generalfeedback))).toBe(generalFeedbackText(item, labels, section));
      // qformat_xml `import_question_tags`: <tags><tag><text>…; objective, section, level and difficulty.
      const tags = (q.tags.tag as Node[]).map((t) => text(t));
      expect(tags).toEqual([
        ...(item.objective ? [`objective:${item.objective}`] : []),
        `section:${section?.number}`,
        `level:${item.level}`,
        `difficulty:${item.difficulty}`,
      ]);
      // qformat_xml `import_combined_feedback`: the verdict first for types that show combined feedback.
      if (['single', 'multiple', 'matching', 'ordering'].includes(item.type)) {
        expect(fromHtml(text(q.correctfeedback))).toBe(right);
        expect(fromHtml(text(q.incorrectfeedback))).toBe(wrong);
      }
      const answers = (q.answer ?? []) as Node[];
      const fractions = answers.map((a) => Number(a['@fraction']));
      switch (item.type) {
        case 'single':
          expect(q['@type']).toBe('multichoice');
          expect(q.single).toBe('true');
          expect(fractions.filter((f) => f === 100)).toHaveLength(1);
          expect(fractions.filter((f) => f !== 100).every((f) => f === 0)).toBe(true);
          expect(answers.map((a) => fromHtml(text(a)))).toEqual(item.options.map((o) => o.text));
          expect(answers.map((a) => fromHtml(text(a.feedback)) || undefined)).toEqual(
            item.options.map((o) => o.feedback),
          );
          break;
        case 'multiple':
          expect(q.single).toBe('false');
          expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
          expect(fractions.filter((f) => f < 0).reduce((a, b) => a + b, 0)).toBeCloseTo(-100, 3);
          expect(answers.map((a) => fromHtml(text(a)))).toEqual(item.options.map((o) => o.text));
          break;
        case 'true-false':
          expect(q['@type']).toBe('truefalse');
          expect(answers.map((a) => text(a))).toEqual(['true', 'false']);
          expect(fractions).toEqual(item.answer ? [100, 0] : [0, 100]);
          // Each answer's feedback shows when the learner picks it: the verdict of that pick.
          expect(answers.map((a) => fromHtml(text(a.feedback)))).toEqual(item.answer ? [right, wrong] : [wrong, right]);
          break;
        case 'numeric':
          expect(q['@type']).toBe('numerical');
          expect(answers).toHaveLength(2);
          expect(Number(text(answers[0]))).toBe(item.answer);
          expect(Number(answers[0]!.tolerance)).toBe(item.tolerance);
          expect(text(answers[1])).toBe('*');
          expect(fractions).toEqual([100, 0]);
          expect(answers.map((a) => fromHtml(text(a.feedback)))).toEqual([right, wrong]);
          break;
        case 'short':
        case 'cloze':
          expect(q['@type']).toBe('shortanswer');
          // Every accepted answer, then `*` (any other text) worth 0 with the wrong-answer verdict.
          expect(answers.map((a) => text(a))).toEqual([
            ...(item.type === 'short' ? [...item.answers, ...(item.patterns ?? [])] : item.gaps[k]!.answers),
            '*',
          ]);
          expect(fractions.slice(0, -1).every((f) => f === 100)).toBe(true);
          expect(fractions.at(-1)).toBe(0);
          expect(fromHtml(text(answers.at(-1)!.feedback))).toBe(wrong);
          break;
        case 'matching':
          expect(q['@type']).toBe('matching');
          expect((q.subquestion as Node[]).map((s) => [fromHtml(text(s)), text(s.answer[0])])).toEqual(
            item.pairs.map((p) => [p.left, p.right]),
          );
          break;
        case 'ordering':
          if (lms === 'moodle@4.1') {
            // No ordering type before Moodle 4.4: matching, position n → the n-th entry.
            expect(q['@type']).toBe('matching');
            expect((q.subquestion as Node[]).map((s) => [fromHtml(text(s)), text(s.answer[0])])).toEqual(
              item.sequence.map((e, i) => [String(i + 1), e.text]),
            );
            break;
          }
          expect(q['@type']).toBe('ordering');
          expect(answers.map((a) => fromHtml(text(a)))).toEqual(item.sequence.map((e) => e.text));
          expect(fractions).toEqual(item.sequence.map((_, i) => i + 1));
          break;
      }
    }
  }
}

describe('quiz.moodle.xml', () => {
  it('follows Moodle structure rules for every type', () => {
    checkStructure(sampleQuiz());
  });

  it('for Moodle 4.1 exports ordering as matching, with a warning and a stem that matches the menus', () => {
    checkStructure(sampleQuiz(), 'moodle@4.1');
    const xml = exportQuizMoodleXml(sampleQuiz(), { lms: 'moodle@4.1' });
    expect(xml).not.toContain('type="ordering"');
    expect(xml).not.toContain('按正确顺序写上序号');
    expect(exportQuizMoodleXml(sampleQuiz())).toContain('拖动各项，排成正确的顺序');
    const warnings = lmsWarnings(sampleQuiz(), 'moodle@4.1');
    expect(warnings.map((w) => w.rule)).toEqual(['quiz/lms-ordering-as-matching']);
    expect(lmsWarnings(sampleQuiz(), 'moodle@4.4')).toEqual([]);
  });

  it('round-trips hostile text (& < > ]]> " and friends)', () => {
    checkStructure(hostileQuiz());
    const xml = exportQuizMoodleXml(hostileQuiz());
    expect(xml).not.toContain('<script>');
    expect(HOSTILE).toContain(']]>');
  });

  it('writes categories per section run and is deterministic', () => {
    const all = questions(sampleQuiz());
    expect(text(all[0]!.category)).toBe('$course$/top/亚马逊 2022：测验/1 云的坠落');
    expect(exportQuizMoodleXml(sampleQuiz())).toBe(exportQuizMoodleXml(sampleQuiz()));
  });
});
