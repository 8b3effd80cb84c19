/**
 * QTI identifiers must be XML NCNames. Item ids from content are sanitised (anything else becomes `_`) and
 * made unique in quiz order; choices, pairs, entries and gaps get positional identifiers (`C1`, `L1`, …).
 */
export function qtiItemIdentifiers(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, index) => {
    let name = id.replace(/[^A-Za-z0-9._-]/g, '_');
    if (!/^[A-Za-z_]/.test(name)) name = `I_${name}`;
    if (used.has(name)) name = `${name}_${index + 1}`;
    used.add(name);
    return name;
  });
}

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/**
 * Feedback identifiers Canvas's importer keeps (qti_exporter `AssessmentItemConverter#get_feedback`): an id
 * matching /wrong|incorrect|_IC$/i becomes the incorrect comment, /correct|_C$/i the correct comment; any
 * other id (RATIONALE, C1) is dropped unless a response condition names it for one answer.
 */
export const CORRECT_ID = 'CORRECT';
export const INCORRECT_ID = 'INCORRECT';

/**
 * Per-option feedback id: must not match /general_|_all|wrong|incorrect|correct|_IC$|_C$/i, or Canvas
 * (`get_feedback_id`) treats it as general feedback and drops it from the answer.
 */
export const optionFeedbackId = (index: number) => `FB_C${index + 1}`;
