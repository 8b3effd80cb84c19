import { describe, expect, it } from 'vitest';
import { normalisePdfDates } from './normalise-pdf-dates.js';

const pdf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('normalisePdfDates', () => {
  it('fixes CreationDate and ModDate and keeps every byte offset', () => {
    const input =
      "%PDF-1.4\n\xff\xfe<</Producer (Skia/PDF m156)\n/CreationDate (D:20261127013259+00'00')\n/ModDate (D:20261127013259+00'00')>>";
    const output = normalisePdfDates(pdf(input));
    expect(output.length).toBe(input.length);
    expect(text(output)).toContain("/CreationDate (D:19700101000000+00'00')");
    expect(text(output)).toContain("/ModDate (D:19700101000000+00'00')");
    expect(text(output)).toContain('\xff\xfe<</Producer (Skia/PDF m156)');
  });

  it('gives the same bytes for documents that differ only in their dates', () => {
    const a = normalisePdfDates(pdf('<</CreationDate (D:20240101120000Z)>>'));
    const b = normalisePdfDates(pdf('<</CreationDate (D:20251231235959Z)>>'));
    expect(text(a)).toBe(text(b));
    expect(text(a)).toBe('<</CreationDate (D:19700101000000Z)>>');
  });

  it('leaves a PDF without dates unchanged', () => {
    expect(text(normalisePdfDates(pdf('<</Type /Catalog>>')))).toBe('<</Type /Catalog>>');
  });
});
