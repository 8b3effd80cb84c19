/** The Unix epoch in PDF date syntax: what every CreationDate/ModDate becomes. */
const FIXED_DATE = 'D:19700101000000';

const DATE_ENTRY = /\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g;

/**
 * Replaces the `/CreationDate` and `/ModDate` that Chromium writes with the Unix epoch, so the same page
 * gives the same bytes. Each date keeps its length, so the cross-reference offsets stay valid.
 *
 * @param pdf the PDF bytes (not changed)
 * @returns a new array with fixed dates
 */
export function normalisePdfDates(pdf: Uint8Array): Uint8Array {
  // latin1 maps each byte to one char and back, so binary streams survive the round trip.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const fixed = text.replace(DATE_ENTRY, (_match, key: string, date: string) => {
    const stamp =
      date.length >= FIXED_DATE.length
        ? FIXED_DATE + date.slice(FIXED_DATE.length).replace(/\d/g, '0')
        : FIXED_DATE.slice(0, date.length);
    return `/${key} (${stamp})`;
  });
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
