import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleQuiz, buildItemBank, lintItems } from '../src/index.js';
import { printItem } from './print-items.js';

const dir = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));
const present = existsSync(`${dir}/narrative.yaml`);

describe.skipIf(!present)('generated-only quizzes of the default narrative', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    const loaded = await loadNarrative(dir);
    if (!loaded.narrative) throw new Error('narrative did not load');
    narrative = loaded.narrative;
  });

  it('have zero findings for many seeds and sizes', () => {
    const bank = buildItemBank(narrative);
    for (const seed of [1, 2, 3, 42, 2023]) {
      for (const count of [10, 25]) {
        const quiz = assembleQuiz(bank, { count, seed, includeAuthored: false });
        if (process.env.PRINT_ITEMS && seed === 1 && count === 25) console.log(quiz.items.map(printItem).join('\n\n'));
        expect(quiz.items.length).toBe(count);
        expect(lintItems(quiz.items), `seed ${seed}, count ${count}`).toEqual([]);
      }
    }
  });
});
