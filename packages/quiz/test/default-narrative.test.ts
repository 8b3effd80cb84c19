import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleQuiz, buildItemBank, type ItemType, lintItems } from '../src/index.js';
import { printItem } from './print-items.js';

const dir = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));
const present = existsSync(`${dir}/narrative.yaml`);
if (!present) console.warn(`skipping default-narrative tests: ${dir} not found yet`);

describe.skipIf(!present)('the default narrative (amazon-aws-2023)', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    const loaded = await loadNarrative(dir);
    if (!loaded.narrative) throw new Error(`narrative did not load: ${JSON.stringify(loaded.findings.slice(0, 3))}`);
    narrative = loaded.narrative;
  });

  it('has a bank with items of every type and no lint findings', () => {
    const bank = buildItemBank(narrative);
    if (process.env.PRINT_ITEMS) console.log(bank.items.map(printItem).join('\n\n'));
    const types = new Set(bank.items.map((i) => i.type));
    const all: ItemType[] = ['single', 'multiple', 'true-false', 'numeric', 'short', 'cloze', 'matching', 'ordering'];
    expect([...types].sort()).toEqual([...all].sort());
    expect(bank.findings).toEqual([]);
  });

  it('assembles a quiz with zero findings', () => {
    const bank = buildItemBank(narrative);
    const quiz = assembleQuiz(bank, { count: 20, seed: 7, difficulty: { easy: 0.3, medium: 0.5, hard: 0.2 } });
    if (process.env.PRINT_ITEMS) console.log(quiz.items.map(printItem).join('\n\n'));
    expect(quiz.items).toHaveLength(20);
    expect(lintItems(quiz.items)).toEqual([]);
  });
});
