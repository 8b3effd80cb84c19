import { describe, expect, it } from 'vitest';
import { createContext } from '../src/generators/context.js';
import { cloze } from '../src/generators/cloze.js';
import { matching } from '../src/generators/matching.js';
import { numericChoice } from '../src/generators/numeric-choice.js';
import { numericDistractors } from '../src/generators/numeric-distractors.js';
import { numericEntry } from '../src/generators/numeric-entry.js';
import { ordering } from '../src/generators/ordering.js';
import { trueFalse } from '../src/generators/true-false.js';
import { decimalsOf } from '../src/util/decimals.js';
import { facts, paragraphs, smallNarrative } from './fixtures/small-narrative.js';

const context = () => createContext(smallNarrative());
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('numericDistractors', () => {
  it('keeps the kind, unit and precision, never repeats, never gives a true value for the same claim', () => {
    for (const fact of facts) {
      const values = numericDistractors(fact, facts, 3).map((d) => d.value);
      expect(values).toHaveLength(3);
      expect(new Set(values).size).toBe(3);
      const sameClaim = facts.filter(
        (f) => f.subject === fact.subject && f.metric === fact.metric && f.period === fact.period,
      );
      for (const v of values) {
        expect(sameClaim.map((f) => f.value)).not.toContain(v);
        if (decimalsOf(fact.value) > 0) expect(decimalsOf(v)).toBe(decimalsOf(fact.value));
        else expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  it('prefers values of other facts of the same kind and unit', () => {
    const d = numericDistractors(byId('azure-growth-2023q1'), facts, 3);
    expect(d.map((x) => x.from)).toContain('google-growth-2023q1');
  });

  it('puts wrong values beyond a bound (超过4600亿 → only larger values)', () => {
    for (const d of numericDistractors(byId('amazon-revenue-2021'), facts, 3)) expect(d.value).toBeGreaterThan(4600);
  });
});

describe('numericChoice', () => {
  const items = numericChoice.generate(context());
  it('writes one single-choice item per locatable fact, options formatted alike with one key', () => {
    const item = items.find((i) => i.id === 'gen-numeric-choice-aws-growth-2022');
    expect(item?.type).toBe('single');
    if (item?.type !== 'single') return;
    expect(item.stem).toMatch(/2022年.*AWS.*营收增速/);
    expect(item.stem).not.toMatch(/^根据文章/);
    expect(item.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['29.4%']);
    for (const o of item.options) expect(o.text).toMatch(/^\d+\.\d%$/);
    expect(item.source).toEqual({
      sectionId: 'cloud',
      paragraphIds: ['p2'],
      factIds: ['aws-growth-2022'],
      passage: paragraphs.p2,
      label: expect.stringMatching(/^第1部分.*第2段$/),
    });
    expect(item.objective).toBe('obj-slowdown');
  });
  it('blanks the statement when the metric has no label', () => {
    const item = items.find((i) => i.id === 'gen-numeric-choice-amazon-jobs-cut');
    expect(item?.stem).toContain('“过去一年,亚马逊减少了____工作岗位。”');
  });
});

describe('numericEntry', () => {
  it('gives a tolerance by precision and skips bounds', () => {
    const items = numericEntry.generate(context());
    const growth = items.find((i) => i.id === 'gen-numeric-entry-aws-growth-2022');
    expect(growth).toMatchObject({ type: 'numeric', answer: 29.4, tolerance: 0.05, unit: '%' });
    expect(items.find((i) => i.id === 'gen-numeric-entry-amazon-revenue-2021')).toBeUndefined();
  });
});

describe('matching', () => {
  it('pairs the subjects of a comparable group with their figures', () => {
    const [item] = matching.generate(context());
    expect(item?.type).toBe('matching');
    if (item?.type !== 'matching') return;
    expect(item.pairs.map((p) => [p.left, p.right])).toEqual([
      ['AWS', '16%'],
      ['Azure', '27%'],
      ['谷歌云', '28%'],
    ]);
    expect(item.stem).toMatch(/业务.*2023年第一季度.*营收增速|2023年第一季度.*业务.*营收增速/);
  });
});

describe('ordering', () => {
  it('orders events by date', () => {
    const [item] = ordering.generate(context());
    expect(item?.type).toBe('ordering');
    if (item?.type !== 'ordering') return;
    expect(item.sequence.map((e) => e.text)).toEqual([
      '亚马逊全年营收仅1500万美元',
      'AWS还是亚马逊内部的一个小业务',
      'AWS增速首次跌破30%',
      'AWS推出Bedrock',
    ]);
  });
});

describe('trueFalse', () => {
  it('alternates true statements and controlled changes, with the true statement as feedback', () => {
    const items = trueFalse.generate(context());
    const answers = items.map((i) => (i.type === 'true-false' ? i.answer : undefined));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
    for (const item of items) {
      if (item.type !== 'true-false' || item.answer) continue;
      const fact = byId(item.source.factIds[0]!);
      expect(item.stem).not.toContain(fact.statement);
      expect(item.feedback).toContain(fact.statement);
    }
  });
});

describe('cloze', () => {
  it('gaps the number in the key sentence', () => {
    const item = cloze.generate(context()).find((i) => i.id === 'gen-cloze-aws-growth-2022');
    expect(item).toMatchObject({
      type: 'cloze',
      text: '2022年AWS增速首次降至{{1}}%。',
      gaps: [{ id: '1', answers: ['29.4'] }],
    });
  });
});

describe('cloze in English', () => {
  it('gaps the whole sentence when the clause holding the figure follows a semicolon in lower case', () => {
    const narrative = smallNarrative();
    const text =
      'The utility had planned for the program to pay back its cost in 12 years; it now expects 8 years. Demand fell.';
    narrative.language = 'en';
    narrative.sections[0]!.paragraphs[0] = { ...narrative.sections[0]!.paragraphs[0]!, text };
    const payback = {
      ...byId('amazon-jobs-cut'),
      id: 'payback-now',
      statement: 'The utility now expects the program to pay back its cost in 8 years.',
      value: 8,
      unit: 'years',
      kind: 'duration' as const,
      metric: 'payback',
      evidence: 'it now expects 8 years',
    };
    narrative.sections[0]!.facts = [payback];
    const item = cloze.generate(createContext(narrative)).find((i) => i.id === 'gen-cloze-payback-now');
    expect(item).toMatchObject({
      text: 'The utility had planned for the program to pay back its cost in 12 years; it now expects {{1}} years.',
    });
  });
});
