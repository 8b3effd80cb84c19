import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../src/index.js';
import { readFixture } from './helpers.js';

const crlfBom = (files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path, `\uFEFF${text.replace(/\n/g, '\r\n')}`]));

describe('BOM and CRLF', () => {
  for (const name of [
    'valid-minimal',
    'unknown-key',
    'unrestored-artifact',
    'nested-path',
    'value-mismatch',
    'yaml-syntax',
  ]) {
    it(`parses ${name} with a BOM and CRLF line ends exactly as with LF`, async () => {
      const lf = await readFixture(name);
      const crlf = crlfBom(lf);
      expect(crlf['narrative.yaml']).toContain('\r\n');
      const a = parseNarrative(lf);
      const b = parseNarrative(crlf);
      expect(b.findings).toEqual(a.findings);
      expect(b.narrative).toEqual(a.narrative);
    });
  }

  it('keeps no CR in paragraph text', async () => {
    const { narrative } = parseNarrative(crlfBom(await readFixture('valid-minimal')));
    expect(narrative!.sections[0]!.paragraphs.some((p) => p.text.includes('\r'))).toBe(false);
    expect(narrative!.id).toBe('mini');
  });
});
