import { describe, expect, it } from 'vitest';
import { type Item, lintItems } from '../src/index.js';

const source = { sectionId: 's', paragraphIds: ['p1'], factIds: [], passage: '文章的段落。' };
const single = (stem: string, texts: string[], key = 0, extra: Partial<Item> = {}): Item =>
  ({
    id: 'i1',
    type: 'single',
    origin: 'authored',
    language: 'zh-CN',
    stem,
    rationale: '因为文章这样写道,见第一段。',
    source,
    difficulty: 'easy',
    level: 'remember',
    loc: { file: 'sections/01.md', line: 7, column: 5 },
    options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === key })),
    ...extra,
  }) as Item;

const rules = (items: Item[]) => lintItems(items).map((f) => f.rule);
const good = single('2022年AWS的营收增速是多少?', ['29.4%', '16%', '27%', '34%']);

describe('lintItems', () => {
  it('passes a well-written item', () => expect(lintItems([good])).toEqual([]));

  it('carries the authored location', () => {
    const [finding] = lintItems([single('问题?', ['甲', '甲', '乙'])]);
    expect(finding).toMatchObject({ rule: 'quiz/duplicate-option', loc: { file: 'sections/01.md', line: 7 } });
  });

  it.each([
    ['quiz/duplicate-option', single('问题?', ['16%', '16%', '27%'])],
    ['quiz/overlapping-options', single('增速是多少?', ['10%–20%', '15%–25%', '30%–40%'])],
    ['quiz/overlapping-options', single('利润超过多少?', ['超过30亿美元', '超过50亿美元', '超过80亿美元'])],
    ['quiz/all-none-of-above', single('问题?', ['芯片', '模型', '以上都对'], 2)],
    ['quiz/key-longer', single('问题?', ['客户数字化支出下滑,宏观经济形势严峻所致', '停电', '罢工', '火灾'])],
    ['quiz/negative-stem', single('下列哪一项不是AWS的产品?', ['Bedrock', 'Titan', 'Azure'], 2)],
    ['quiz/negative-stem', single('Which is NOT an AWS chip?', ['Graviton', 'Trainium', 'TPU'], 2)],
    ['quiz/key-in-stem', single('Bedrock是什么类型的服务?', ['Bedrock', 'Titan', 'Azure'])],
    ['quiz/mixed-options', single('增速是多少?', ['16%', '27亿美元', '28%'])],
    ['quiz/mixed-options', single('增速是多少?', ['16%', '很快', '28%'])],
    ['quiz/missing-rationale', { ...good, rationale: '见文' } as Item],
    ['quiz/missing-source', { ...good, source: { ...source, paragraphIds: [], passage: '' } } as Item],
  ])('flags %s', (rule, item) => expect(rules([item])).toContain(rule));

  it('accepts emphasised negatives and figures of one unit', () => {
    expect(rules([single('下列哪一项**不是**AWS的产品?', ['Bedrock', 'Titan', 'Azure'], 2)])).toEqual([]);
    expect(rules([single('下列哪一项〖不是〗AWS的产品?', ['Bedrock', 'Titan', 'Azure'], 2)])).toEqual([]);
    expect(
      rules([single('文章认为AWS没有正面争锋。按杰西的说法,依据是什么?', ['企业想定制', '模型太贵', '芯片短缺'])]),
    ).toEqual([]);
    expect(rules([single('利润是多少?', ['30亿美元', '50亿美元', '80亿美元'])])).toEqual([]);
    expect(
      rules([single('原因是什么?', ['零售亏损拖累2023年业绩', '客户数字化支出下滑', '云计算芯片供应短缺'])]),
    ).toEqual([]);
  });

  it('flags keys piled on one position across the quiz, not a balanced spread', () => {
    const at = (key: number, n: number) =>
      ({ ...single('增速是多少?', ['1%', '2%', '3%', '4%'], key), id: `q${n}` }) as Item;
    expect(rules(Array.from({ length: 8 }, (_, n) => at(1, n)))).toContain('quiz/unbalanced-keys');
    expect(rules(Array.from({ length: 8 }, (_, n) => at(n % 4, n)))).not.toContain('quiz/unbalanced-keys');
  });

  it("flags an item that states another item's answer", () => {
    const tf = {
      ...good,
      id: 'tf',
      type: 'true-false',
      answer: true,
      stem: '判断:2022年AWS营收增速降至29.4%。',
    } as Item;
    const other = { ...good, id: 'tf2', type: 'true-false', answer: true, stem: '判断:Azure增长27%。' } as Item;
    expect(rules([good, tf])).toContain('quiz/answer-giveaway');
    expect(rules([good, other])).not.toContain('quiz/answer-giveaway');
    expect(lintItems([good, tf], { scope: 'bank' })).toEqual([]);
  });
});
