import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { verdictFeedback } from '../../src/export/general-feedback.js';
import { labelsFor } from '../../src/export/labels.js';
import { lmsWarnings } from '../../src/export/lms-warnings.js';
import { qtiPackageFiles } from '../../src/export/qti-package.js';
import { sampleQuiz } from '../fixtures/export/sample-quiz.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed XML tree
type Node = Record<string, any>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) =>
    ['resource', 'modalFeedback', 'responseCondition', 'value', 'mapEntry', 'p', 'interactionType'].includes(name),
});

const quiz = sampleQuiz();
const labels = labelsFor(quiz.language);
const canvas = qtiPackageFiles(quiz, { lms: 'canvas' });
const generic = qtiPackageFiles(quiz, { lms: 'generic' });
const item = (files: Record<string, string>, id: string): Node =>
  parser.parse(files[`items/${id}.xml`]!).assessmentItem;
const pText = (node: Node) =>
  (node.p as unknown[]).map((p) => (typeof p === 'string' ? p : String((p as Node)['#text'] ?? ''))).join('\n\n');

/**
 * Canvas's reading of a modalFeedback identifier, as in instructure/canvas-lms
 * gems/plugins/qti_exporter/lib/qti/assessment_item_converter.rb `get_feedback`.
 */
function canvasFeedbackSlot(id: string): string | undefined {
  if (/wrong|incorrect|(_IC$)/i.test(id)) return 'incorrect_comments';
  if (/correct|(_C$)/i.test(id)) return 'correct_comments';
  if (/solution/i.test(id)) return 'example_solution';
  if (/general_|_all/i.test(id)) return 'neutral_comments';
  return undefined;
}

describe('QTI for Canvas (rules from instructure/canvas-lms qti_exporter)', () => {
  it('manifest: choice and order items declare interactionType; text entry and matching are left to the guesser', () => {
    // Rule (AssessmentItemConverter.create_instructure_question + QuestionTypeEducatedGuesser): a declared type
    // wins; the guesser has no orderInteraction case, and for textEntry/match it sets the sub-type the converter needs.
    const manifest = parser.parse(canvas['imsmanifest.xml']!).manifest;
    const resources = manifest.resources.resource as Node[];
    const typeOf = (id: string) =>
      resources.find((r) => r['@identifier'] === `RES-${id}`)?.metadata?.qtiMetadata?.interactionType?.[0];
    for (const it of quiz.items) {
      const expected = {
        single: 'choiceInteraction',
        multiple: 'choiceInteraction',
        'true-false': 'choiceInteraction',
        ordering: 'orderInteraction',
      }[it.type as string];
      expect([it.id, typeOf(it.id)]).toEqual([it.id, expected]);
    }
  });

  it('feedback: CORRECT and INCORRECT land in Canvas’s correct and incorrect comments, verdict first', () => {
    for (const it of quiz.items) {
      const section = quiz.sections.find((s) => s.id === it.source.sectionId);
      const slots: Record<string, string> = {};
      for (const fb of item(canvas, it.id).modalFeedback as Node[]) {
        const slot = canvasFeedbackSlot(fb['@identifier']);
        if (slot) slots[slot] = pText(fb);
      }
      // Paragraph by paragraph (the parser drops the <br/> inside one).
      const paragraphs = (text: string) => text.split('\n\n').map((p) => p.replace(/\n/g, ''));
      expect(paragraphs(slots.correct_comments!)).toEqual(paragraphs(verdictFeedback(it, labels, 'correct', section)));
      expect(paragraphs(slots.incorrect_comments!)).toEqual(
        paragraphs(verdictFeedback(it, labels, 'incorrect', section)),
      );
      expect(slots.correct_comments?.startsWith('回答正确。')).toBe(true);
      expect(slots.incorrect_comments?.startsWith('回答错误。')).toBe(true);
    }
  });

  it('feedback: each option’s feedback id is kept (get_feedback_id) and named by a condition on that option', () => {
    const it = quiz.items.find((x) => x.type === 'single' && x.options.some((o) => o.feedback))!;
    const doc = item(canvas, it.id);
    const conditions = doc.responseProcessing.responseCondition as Node[];
    it.type === 'single' &&
      it.options.forEach((o, i) => {
        if (!o.feedback) return;
        const id = `FB_C${i + 1}`;
        // Rule: ids matching /general_|_all|wrong|incorrect|correct|(_IC$)|(_C$)/i are dropped from answers.
        expect(/general_|_all|wrong|incorrect|correct|(_IC$)|(_C$)/i.test(id)).toBe(false);
        // Rule (ChoiceInteraction#process_response_conditions): responseIf > match > baseValue names the choice,
        // and setOutcomeValue FEEDBACK holds variable FEEDBACK plus the feedback id.
        const condition = conditions.find((c) => c.responseIf?.match?.baseValue?.['#text'] === `C${i + 1}`);
        expect(condition?.responseIf.setOutcomeValue['@identifier']).toBe('FEEDBACK');
        expect(condition?.responseIf.setOutcomeValue.multiple.variable['@identifier']).toBe('FEEDBACK');
        expect(condition?.responseIf.setOutcomeValue.multiple.baseValue['#text']).toBe(id);
        const block = (doc.modalFeedback as Node[]).find((f) => f['@identifier'] === id);
        expect(pText(block!)).toBe(o.feedback);
      });
  });

  it('text entry: every accepted answer is a correct response for Canvas, the first only for a generic player', () => {
    // Rule (FillInTheBlank#process_text_entry): answers come from `correctResponse > value` only.
    const short = quiz.items.find((x) => x.type === 'short')!;
    if (short.type !== 'short') throw new Error('fixture');
    const values = (files: Record<string, string>) =>
      (item(files, short.id).responseDeclaration.correctResponse.value as unknown[]).map(String);
    expect(values(canvas)).toEqual(short.answers);
    expect(values(generic)).toEqual(short.answers.slice(0, 1));
    expect(lmsWarnings(quiz, 'canvas').map((w) => w.rule)).toContain('quiz/lms-canvas-correct-responses');
  });

  it('weights: right options, pairs and gaps share exactly 1 (no 0.99999)', () => {
    const units = (entries: Node[], sign: 1 | -1) =>
      entries
        .map((e) => Math.round(Number(e['@mappedValue']) * 1e5))
        .filter((v) => Math.sign(v) === sign)
        .reduce((a, b) => a + b, 0);
    for (const it of quiz.items) {
      const decls = [item(generic, it.id).responseDeclaration].flat() as Node[];
      if (it.type === 'multiple' || it.type === 'matching') {
        const entries = decls[0]!.mapping.mapEntry as Node[];
        expect(units(entries, 1)).toBe(100000);
        if (it.type === 'multiple') expect(units(entries, -1)).toBe(-100000);
      }
      if (it.type === 'cloze') {
        const perGap = decls.map((d) =>
          Math.max(...(d.mapping.mapEntry as Node[]).map((e) => Math.round(Number(e['@mappedValue']) * 1e5))),
        );
        expect(perGap.reduce((a, b) => a + b, 0)).toBe(100000);
      }
    }
  });
});
