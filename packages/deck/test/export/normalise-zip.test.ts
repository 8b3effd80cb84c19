import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseOfficeZip } from '../../src/export/normalise-zip.js';

function officeZip(stamp: string, mtime: Date): Uint8Array {
  const core = `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
  const inner = zipSync({ 'docProps/core.xml': strToU8(core) }, { mtime });
  return zipSync(
    {
      'ppt/slides/slide1.xml': [strToU8('<p:sld/>'), { mtime }],
      'docProps/core.xml': [strToU8(core), { mtime }],
      'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx': [inner, { mtime }],
      '[Content_Types].xml': [strToU8('<Types/>'), { mtime }],
    },
    { mtime },
  );
}

describe('normaliseOfficeZip', () => {
  const a = normaliseOfficeZip(officeZip('2024-01-01T10:00:00Z', new Date(2024, 0, 1, 10)));
  const b = normaliseOfficeZip(officeZip('2025-06-30T23:59:59Z', new Date(2025, 5, 30, 23, 59)));

  it('gives the same bytes for packages that differ only in dates and times', () => {
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('fixes the core dates, also inside embedded workbooks, and keeps the content', () => {
    const entries = unzipSync(a);
    expect(strFromU8(entries['docProps/core.xml']!)).toContain('>1980-01-01T00:00:00Z</dcterms:created>');
    const inner = unzipSync(entries['ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx']!);
    expect(strFromU8(inner['docProps/core.xml']!)).toContain('>1980-01-01T00:00:00Z</dcterms:modified>');
    expect(strFromU8(entries['ppt/slides/slide1.xml']!)).toBe('<p:sld/>');
  });

  it('puts [Content_Types].xml first and sorts the rest', () => {
    expect(Object.keys(unzipSync(a))).toEqual([
      '[Content_Types].xml',
      'docProps/core.xml',
      'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx',
      'ppt/slides/slide1.xml',
    ]);
  });
});
