import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadNarrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { importArticle, seedRecovery } from '../src/index.js';

const SEED = fileURLToPath(new URL('../../../content/amazon-aws-2023/', import.meta.url));

describe('the default narrative re-imported from its source', () => {
  it('recovers ≥ 90% of the hand-modelled facts with their values and subjects', { timeout: 300_000 }, async () => {
    const hand = await loadNarrative(SEED);
    if (!hand.narrative) throw new Error('the default narrative does not load');
    const { draft } = await importArticle({
      id: 'seed',
      fileName: 'source.txt',
      data: await readFile(`${SEED}source.txt`),
    });
    const { recovered, total, missing } = seedRecovery(hand.narrative, draft);
    expect(recovered / total, missing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
