import { fileURLToPath } from 'node:url';
import { loadNarrative } from '@lectern/narrative';
import { parse } from 'gift-pegjs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportQuizFiles, qtiPackageFiles } from '../../src/export/index.js';
import { assembleQuiz } from '../../src/assembly/assemble-quiz.js';
import { buildItemBank } from '../../src/bank/build-item-bank.js';
import { QuizSchema } from '../../src/model/quiz.js';
import { QTI_ITEM_XSD, validateAgainst } from './qti-schemas.js';

const dir = fileURLToPath(new URL('../../../../content/amazon-aws-2023', import.meta.url));

describe('exports of a quiz built from the default narrative', async () => {
  const { narrative, findings } = await loadNarrative(dir);
  const usable = narrative !== undefined;
  it('the narrative loads', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(usable).toBe(true);
  });

  it.skipIf(!usable)(
    'every format exports and parses back',
    async () => {
      const quiz = assembleQuiz(buildItemBank(narrative!), { count: 12, seed: 7 });
      expect(quiz.items.length).toBeGreaterThan(0);
      const files = exportQuizFiles(quiz);
      const { $schema: _, ...json } = JSON.parse(files['quiz.json'] as string);
      expect(QuizSchema.parse(json)).toEqual(QuizSchema.parse(quiz));
      const gift = parse(files['quiz.gift.txt'] as string).filter((q) => q.type !== 'Category');
      expect(gift.length).toBeGreaterThanOrEqual(quiz.items.length);
      expect(XMLValidator.validate(files['quiz.moodle.xml'] as string)).toBe(true);
      const qti = Object.fromEntries(Object.entries(qtiPackageFiles(quiz)).filter(([p]) => p !== 'imsmanifest.xml'));
      expect(await validateAgainst(QTI_ITEM_XSD, qti)).toEqual([]);
    },
    600_000,
  );
});
