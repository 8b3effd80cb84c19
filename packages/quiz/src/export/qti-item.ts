import { create } from 'xmlbuilder2';
import type { Item } from '../model/item.js';
import { generalFeedbackText } from './general-feedback.js';
import type { ExportLabels } from './labels.js';
import { addItemBody } from './qti-body.js';
import { addOutcomeDeclarations, addResponseDeclarations } from './qti-declarations.js';
import { QTI_NS, QTI_XSD, RATIONALE_ID, XSI_NS } from './qti-identifiers.js';
import { addResponseProcessing } from './qti-processing.js';
import { addParagraphs } from './qti-text.js';

/**
 * One item as a QTI 2.1 `assessmentItem` document: declarations, body, response processing, and modal
 * feedback (the rationale with the cited passage; per-option feedback for choice items).
 *
 * Not pretty-printed: the body holds mixed content (text, `<br/>`, inline interactions) whose whitespace
 * would otherwise change.
 */
export function qtiItemXml(item: Item, identifier: string, labels: ExportLabels): string {
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
  addResponseDeclarations(root, item);
  addOutcomeDeclarations(root);
  addItemBody(root, item, labels);
  addResponseProcessing(root, item);
  const rationale = root.ele('modalFeedback', {
    outcomeIdentifier: 'FEEDBACK',
    showHide: 'show',
    identifier: RATIONALE_ID,
    title: labels.rationale,
  });
  addParagraphs(rationale, generalFeedbackText(item, labels));
  if (item.type === 'single' || item.type === 'multiple') {
    item.options.forEach((o, i) => {
      if (!o.feedback) return;
      const block = root.ele('modalFeedback', { outcomeIdentifier: 'FEEDBACK', showHide: 'show', identifier: `C${i + 1}` });
      addParagraphs(block, o.feedback);
    });
  }
  return `${doc.end({ prettyPrint: false })}\n`;
}
