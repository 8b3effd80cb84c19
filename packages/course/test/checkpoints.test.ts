import { buildItemBank } from '@lectern/quiz';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Narrative } from '@lectern/narrative';
import { chooseCheckpoints } from '../src/index.js';
import { narrativeWith } from './helpers.js';

describe('chooseCheckpoints', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    narrative = await narrativeWith();
  });

  it('gives each section one question, preferring an authored single-choice item', () => {
    const bank = buildItemBank(narrative);
    const checkpoints = chooseCheckpoints(
      bank.items,
      narrative.sections.map((s) => s.id),
    );
    expect(checkpoints.map((c) => c.sectionId)).toEqual(narrative.sections.map((s) => s.id));
    for (const checkpoint of checkpoints) {
      const item = bank.items.find((i) => i.id === checkpoint.itemId)!;
      const authoredSingle = bank.items.some(
        (i) => i.source.sectionId === checkpoint.sectionId && i.origin === 'authored' && i.type === 'single',
      );
      if (authoredSingle) expect([item.origin, item.type]).toEqual(['authored', 'single']);
      expect(checkpoint.paragraphIds).toEqual(item.source.paragraphIds);
      if (checkpoint.choices) expect(checkpoint.choices).toContain(checkpoint.answer);
    }
  });

  it('falls back to a generated item, and skips sections with none', () => {
    const bank = buildItemBank(narrative);
    const generated = bank.items.filter(
      (i) => i.origin === 'generated' && i.source.sectionId === narrative.sections[0]!.id,
    );
    const [checkpoint, ...rest] = chooseCheckpoints(generated, [narrative.sections[0]!.id, 'no-such-section']);
    expect(rest).toEqual([]);
    expect(checkpoint?.itemId).toMatch(/^gen-numeric-choice-/);
    expect(checkpoint?.choices).toContain(checkpoint?.answer);
  });
});
