import { parseNarrative } from '@lectern/narrative';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../src/property/arbitraries.js';
import { RUNS, TIMEOUT } from '../support/pipeline-property.js';

// Whatever the text, the loader returns findings or a narrative; it never throws.

describe('property: loader', () => {
  it(
    'never throws on arbitrary file text: it returns findings or a narrative',
    () => {
      fc.assert(
        fc.property(anyText(), anyText(), fc.string({ unit: 'binary', maxLength: 400 }), (meta, section, raw) => {
          const cases: Record<string, string>[] = [
            { 'narrative.yaml': meta, 'sections/01-a.md': section },
            {
              'narrative.yaml': `id: x\ntitle: ${meta}\nsections: [sections/01-a.md]\n`,
              'sections/01-a.md': `---\n${raw}\n---\n\n${section}\n`,
            },
            { 'narrative.yaml': raw },
          ];
          for (const files of cases) {
            const result = parseNarrative(files);
            expect(Array.isArray(result.findings)).toBe(true);
            if (!result.narrative) expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('regressions found by the properties', () => {
  it('a lone surrogate in a title is reported as file/encoding (it crashed Marp’s heading slugifier)', () => {
    const { narrative, findings } = parseNarrative({
      'narrative.yaml': 'id: x\ntitle: "a\ud800b"\nsections: [s.md]\n',
    });
    expect(narrative).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'file/encoding', loc: expect.objectContaining({ line: 2, column: 10 }) }),
    ]);
  });

  it('so is a YAML escape that makes one (`"\\ud800"` in a UTF-8 file)', () => {
    const { narrative, findings } = parseNarrative({
      'narrative.yaml': 'id: x\ntitle: "a\\ud800b"\nsections: [s.md]\n',
    });
    expect(narrative).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'file/encoding', loc: expect.objectContaining({ line: 2, column: 8 }) }),
    ]);
  });
});
