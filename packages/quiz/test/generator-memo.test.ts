import type { Narrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildItemBank, GeneratorMemo } from '../src/index.js';
import { DEFAULT_NARRATIVE, ENGLISH_FIXTURE, loadFixture } from './load-fixture.js';

/** The narrative with `edit` applied to one paragraph's text. */
function withParagraph(narrative: Narrative, id: string, edit: (text: string) => string): Narrative {
  return {
    ...narrative,
    sections: narrative.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => (p.id === id ? { ...p, text: edit(p.text) } : p)),
    })),
  };
}

const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

// A bank built with a memo kept between builds (watch mode) re-runs only the generators that read what an edit
// changed; whatever it kept, the bank must be the one a fresh build makes.
describe('GeneratorMemo', () => {
  it.each([
    ['the default narrative', DEFAULT_NARRATIVE],
    ['the English fixture', ENGLISH_FIXTURE],
  ])(
    '%s: banks built through edits equal fresh banks, and unaffected generators are not re-run',
    {
      timeout: 300_000,
    },
    async (_name, folder) => {
      const original = await loadFixture(folder);
      const memo = new GeneratorMemo();
      same(buildItemBank(original, {}, memo), buildItemBank(original));
      expect(memo.hits).toBe(0);
      same(buildItemBank(original, {}, memo), buildItemBank(original));
      const generators = memo.hits;
      expect(generators).toBeGreaterThan(5);

      const first = original.sections[1]!.paragraphs[0]!;
      const prose = withParagraph(original, first.id, (t) => `${t} Watch mode edit.`);
      same(buildItemBank(prose, {}, memo), buildItemBank(prose));
      expect(memo.hits).toBeGreaterThan(0);
      expect(memo.hits).toBeLessThan(generators);

      // A fact changed: everything but paragraph text is compared whole, so every generator runs again.
      const fact = original.sections.flatMap((s) => s.facts)[0]!;
      const facts: Narrative = {
        ...prose,
        sections: prose.sections.map((s) => ({
          ...s,
          facts: s.facts.map((f) => (f.id === fact.id ? { ...f, label: `${f.label ?? ''} (edited)` } : f)),
        })),
      };
      same(buildItemBank(facts, {}, memo), buildItemBank(facts));
      expect(memo.hits).toBe(0);
      // Back to the start: the same bank again.
      same(buildItemBank(original, {}, memo), buildItemBank(original));
      same(buildItemBank(original, { seed: 3 }, memo), buildItemBank(original, { seed: 3 }));
    },
  );
});
