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
export const RATIONALE_ID = 'RATIONALE';
