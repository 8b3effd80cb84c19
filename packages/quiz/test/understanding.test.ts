import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { causalSentences } from '../src/generators/causal-sentences.js';
import { assembleQuiz, buildItemBank, type Item, quizReport } from '../src/index.js';
import { meaningChanges } from '../src/util/meaning-change.js';

const dir = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));
const english = fileURLToPath(new URL('./fixtures/english-narrative', import.meta.url));
const present = existsSync(`${dir}/narrative.yaml`);

async function load(folder: string): Promise<Narrative> {
  const { narrative, findings } = await loadNarrative(folder);
  if (!narrative) throw new Error(JSON.stringify(findings.slice(0, 3)));
  return narrative;
}

/** The default narrative with its authored items taken out: what an imported article gives the generators. */
const thin = (n: Narrative): Narrative => ({ ...n, sections: n.sections.map((s) => ({ ...s, items: [] })) });

describe('meaning changes and causes', () => {
  it('turns a statement to its opposite in one word, numbers untouched', () => {
    expect(meaningChanges('AWS守住了基本盘，但在大模型上失了先手，缺少出奇制胜的武器。', 'zh-CN')[0]?.text).toBe(
      'AWS丢掉了基本盘，但在大模型上失了先手，缺少出奇制胜的武器。',
    );
    expect(meaningChanges('In 2023 Harbour Bikes grew faster than SwiftRide.', 'en')[0]?.text).toBe(
      'In 2023 Harbour Bikes shrank faster than SwiftRide.',
    );
    expect(meaningChanges('营收超过4600亿美元', 'zh-CN')).toEqual([]);
  });

  it('reads Traditional Chinese text with the same words and connectives (zh-TW)', { timeout: 120_000 }, () => {
    expect(meaningChanges('先進製程的貢獻持續擴大。', 'zh-TW')[0]?.text).toBe('先進製程的貢獻持續收窄。');
    expect(meaningChanges('先進製程的貢獻持續擴大。', 'zh-CN')).toEqual([]);
    const tw = causalSentences(
      [{ id: 'p', text: '由於成熟製程的價格競爭激烈，聯電第二季毛利率下滑至35.4%，但仍維持獲利。' }],
      'zh-TW',
    );
    expect(tw).toEqual([
      expect.objectContaining({ cause: '成熟製程的價格競爭激烈', effect: '聯電第二季毛利率下滑至35.4%' }),
    ]);
  });

  it('finds causes by their connectives, in Chinese and English', () => {
    const zh = causalSentences(
      [
        {
          id: 'p',
          text: '由于缺少软件业务,AWS在与微软云的竞争中,本就具备利润率偏低的劣势,如今又要直面大模型的凶猛冲击。',
        },
      ],
      'zh-CN',
    );
    expect(zh).toEqual([
      expect.objectContaining({ cause: '缺少软件业务', effect: 'AWS在与微软云的竞争中，本就具备利润率偏低的劣势' }),
    ]);
    const en = causalSentences(
      [{ id: 'p', text: 'Prices were cut by 40% in May. As a result, subscriptions doubled within the year.' }],
      'en',
    );
    expect(en).toEqual([
      expect.objectContaining({
        cause: 'Prices were cut by 40% in May',
        effect: 'subscriptions doubled within the year',
      }),
    ]);
  });
});

describe.skipIf(!present)('items that test understanding (default narrative)', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    narrative = await load(dir);
  });

  it('come from every understanding generator, with honest levels', () => {
    const bank = buildItemBank(narrative);
    const by = (g: string): Item[] => bank.items.filter((i) => i.generator === g);
    for (const g of ['section-argument', 'key-point', 'cause', 'compare', 'trend']) {
      expect(by(g).length, g).toBeGreaterThan(0);
      expect(
        by(g).every((i) => i.level !== 'remember'),
        g,
      ).toBe(true);
    }
    expect(by('quote-speaker').every((i) => i.level === 'remember')).toBe(true);
    const gap = by('compare').find(
      (i) => i.type === 'numeric' && i.source.factIds.includes('google-cloud-growth-2023q1'),
    );
    expect(gap).toMatchObject({ answer: 12, unit: '个百分点', level: 'apply' });
    const why = by('cause').find((i) => i.source.paragraphIds.includes('s1-p12'));
    expect(why?.type === 'single' && why.options.find((o) => o.correct)?.text).toBe('客户数字化支出下滑');
  });

  it('changes the meaning of a key point, never its numbers', () => {
    const bank = buildItemBank(narrative);
    const points = narrative.sections.flatMap((s) => s.keyPoints);
    const falses = bank.items.filter((i) => i.generator === 'key-point' && i.type === 'true-false' && !i.answer);
    expect(falses.length).toBeGreaterThan(2);
    for (const item of falses) {
      if (item.type !== 'true-false') continue;
      const truth = points.find((p) => item.feedback?.includes(p)) as string;
      expect(item.stem).not.toContain(truth);
      expect(item.stem.match(/\d+(\.\d+)?/g) ?? []).toEqual(truth.match(/\d+(\.\d+)?/g) ?? []);
    }
  });

  it('show learners section titles and paragraph numbers, never internal ids', () => {
    const quiz = assembleQuiz(buildItemBank(narrative), { seed: 1 });
    for (const item of quiz.items) {
      expect(item.source.label).toMatch(/^第\d部分/);
      const shown = [
        item.stem,
        item.rationale,
        item.source.label,
        item.type === 'true-false' ? (item.feedback ?? '') : '',
      ].join('\n');
      expect(shown).not.toMatch(/s\d-p\d+|cloud-fall|defend-base|ai-second-front/);
    }
  });

  it('meets the blueprint for many seeds: levels, coverage, caps, no cueing, clean distractors, varied stems', () => {
    const bank = buildItemBank(narrative);
    for (const seed of [1, 2, 3, 42, 2023]) {
      const report = quizReport(assembleQuiz(bank, { seed }), bank.blueprint);
      expect(report.targets, `seed ${seed}`).toEqual({
        aboveRemember: true,
        sectionsWithinCap: true,
        everySectionCovered: true,
        everyObjectiveCovered: true,
        noCueing: true,
        noDistractorViolations: true,
        stemPrefixAtMostQuarter: true,
      });
      for (const s of report.sections) expect(s.ratio).toBeLessThanOrEqual(1.5);
    }
  });

  it('keeps ≥ 30% of items above recall without authored items', () => {
    const bank = buildItemBank(thin(narrative));
    for (const seed of [1, 2, 3]) {
      const report = quizReport(assembleQuiz(bank, { seed }), bank.blueprint);
      expect(report.aboveRemember.share, `seed ${seed}`).toBeGreaterThanOrEqual(0.3);
      expect(report.cueingPairs).toEqual([]);
      expect(report.distractorViolations).toEqual([]);
    }
  });

  it('follows the author’s blueprint overrides', () => {
    const weighted = {
      ...narrative,
      quiz: {
        count: 12,
        minAboveRemember: 0.75,
        maxSectionRatio: 1.5,
        sectionWeights: { conclusion: 4 },
        repeatFacts: false,
      },
    };
    const bank = buildItemBank(weighted);
    const report = quizReport(assembleQuiz(bank, { seed: 1 }), bank.blueprint);
    expect(report.items).toBe(12);
    expect(report.aboveRemember.share).toBeGreaterThanOrEqual(0.75);
    const conclusion = report.sections.find((s) => s.id === 'conclusion');
    expect(conclusion?.share).toBeGreaterThan(0.15);
  });
});

describe('an English narrative with no authored items', () => {
  it('gives a quiz with ≥ 30% non-recall items and grammatical stems', async () => {
    const bank = buildItemBank(await load(english));
    const quiz = assembleQuiz(bank, { seed: 1 });
    const report = quizReport(quiz, bank.blueprint);
    expect(report.aboveRemember.share).toBeGreaterThanOrEqual(0.3);
    expect(report.cueingPairs).toEqual([]);
    expect(report.stemPrefix.share).toBeLessThanOrEqual(0.25);
    for (const item of bank.items) {
      expect(item.stem).not.toMatch(/s's\b|\{|\}|根据|According to the text, what was/);
      expect(item.stem).not.toMatch(/\bin \?|\bin\.|,\s*,/);
    }
    expect(bank.items.some((i) => i.stem.includes('Harbour Bikes’ '))).toBe(true);
  });
});
