import { create } from 'xmlbuilder2';
import type { Item } from '../model/item.js';
import type { QuizSection } from '../model/quiz.js';
import { verdictFeedback } from './general-feedback.js';
import type { ExportLabels } from './labels.js';
import { addItemBody } from './qti-body.js';
import { addOutcomeDeclarations, addResponseDeclarations } from './qti-declarations.js';
import { CORRECT_ID, INCORRECT_ID, optionFeedbackId, QTI_NS, QTI_XSD, XSI_NS } from './qti-identifiers.js';
import { addResponseProcessing } from './qti-processing.js';
import { addParagraphs } from './qti-text.js';

/**
 * One item as a QTI 2.1 `assessmentItem` document: declarations, body, response processing, and modal
 * feedback (CORRECT / INCORRECT: the verdict, then the rationale and the passage; per-option feedback).
 *
 * Not pretty-printed: the body holds mixed content (text, `<br/>`, inline interactions) whose whitespace
 * would otherwise change.
 */
export function qtiItemXml(
  item: Item,
  identifier: string,
  labels: ExportLabels,
  options: { section?: QuizSection; allAnswers?: boolean } = {},
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(QTI_NS, 'assessmentItem', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
    identifier,
    title: item.id,
    adaptive: 'false',
    timeDependent: 'false',
    'xml:lang': item.language,
  });
  addResponseDeclarations(root, item, options.allAnswers);
  addOutcomeDeclarations(root);
  addItemBody(root, item, labels);
  addResponseProcessing(root, item);
  for (const [id, verdict] of [
    [CORRECT_ID, 'correct'],
    [INCORRECT_ID, 'incorrect'],
  ] as const) {
    const block = root.ele('modalFeedback', { outcomeIdentifier: 'FEEDBACK', showHide: 'show', identifier: id });
    addParagraphs(block, verdictFeedback(item, labels, verdict, options.section));
  }
  if (item.type === 'single' || item.type === 'multiple') {
    item.options.forEach((o, i) => {
      if (!o.feedback) return;
      const block = root.ele('modalFeedback', {
        outcomeIdentifier: 'FEEDBACK',
        showHide: 'show',
        identifier: optionFeedbackId(i),
      });
      addParagraphs(block, o.feedback);
    });
  }
  return `${doc.end({ prettyPrint: false })}\n`;
}
