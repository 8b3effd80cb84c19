import { describe, expect, it } from 'vitest';
import { findGiveaways, type Item, lintItems } from '../src/index.js';

const source = { sectionId: 's', paragraphIds: ['p1'], factIds: [], passage: '文章的段落。' };
const base = {
  origin: 'generated' as const,
  language: 'zh-CN',
  rationale: '文章写道：“AWS营收增速首次降至29.4%”',
  source,
  difficulty: 'easy' as const,
  level: 'remember' as const,
};
const single = (id: string, stem: string, texts: string[], key = 0, extra: Partial<Item> = {}): Item =>
  ({
    ...base,
    id,
    type: 'single',
    stem,
    options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === key })),
    ...extra,
  }) as Item;
const rules = (items: Item[]) => lintItems(items).map((f) => f.rule);

describe('distractor rules', () => {
  it('quiz/digit-permutation: a distractor that is the key with its digits swapped', () => {
    expect(rules([single('i', '2022年AWS的营收增速是多少？', ['29.4%', '92.4%', '24.9%', '31.2%'])])).toContain(
      'quiz/digit-permutation',
    );
    expect(rules([single('i', '2022年AWS的营收增速是多少？', ['29.4%', '26.5%', '25.3%', '31.2%'])])).not.toContain(
      'quiz/digit-permutation',
    );
  });

  it('quiz/impossible-value: a drop of 100% or more, a share over 100%', () => {
    expect(rules([single('i', '实例成本低多少？', ['70%', '100%', '56%', '84%'])])).toContain('quiz/impossible-value');
    expect(rules([single('i', 'AWS的市场份额是多少？', ['34%', '68%', '102%', '27%'])])).toContain(
      'quiz/impossible-value',
    );
    expect(rules([single('i', '实例成本低多少？', ['70%', '91%', '56%', '84%'])])).not.toContain(
      'quiz/impossible-value',
    );
  });

  it('quiz/magnitude-band: a distractor under a third or over three times the key', () => {
    expect(rules([single('i', '裁员多少人？', ['27000个', '90000个', '24000个', '30000个'])])).toContain(
      'quiz/magnitude-band',
    );
    expect(rules([single('i', '裁员多少人？', ['27000个', '21000个', '24000个', '30000个'])])).not.toContain(
      'quiz/magnitude-band',
    );
  });

  it('quiz/shared-words: matching solvable by wording; ordering entries that carry their years', () => {
    const matching = (pairs: [string, string][]): Item =>
      ({
        ...base,
        id: 'm',
        type: 'matching',
        stem: '配对。',
        pairs: pairs.map(([left, right], i) => ({ id: `p${i}`, left, right })),
      }) as Item;
    expect(
      rules([
        matching([
          ['培育机器学习能力', '到处都在使用机器学习'],
          ['帮客户优化云上支出', '把时间花在帮客户省钱上'],
          ['自研芯片', 'Graviton3性能高25%'],
        ]),
      ]),
    ).toContain('quiz/shared-words');
    expect(
      rules([
        matching([
          ['培育机器学习能力', '从电商推荐到运营中心捡货，都用上了这项技术'],
          ['帮客户优化云上支出', '销售与支持团队多数时间用于替用户精打细算'],
          ['自研芯片，提升性价比', 'Graviton3比上一代处理器性能高25%'],
        ]),
      ]),
    ).not.toContain('quiz/shared-words');
    const ordering = {
      ...base,
      id: 'o',
      type: 'ordering',
      stem: '排序。',
      sequence: ['2008年内部质疑', '2014年Echo问世', '2019年微软投资OpenAI'].map((text, i) => ({ id: `e${i}`, text })),
    } as Item;
    expect(rules([ordering])).toContain('quiz/shared-words');
  });

  it('quiz/feedback-verdict: feedback that opens with a verdict of its own', () => {
    const tf = {
      ...base,
      id: 't',
      type: 'true-false',
      stem: '判断正误：X。',
      answer: false,
      feedback: '错误。文章的说法是：Y。',
    } as Item;
    expect(rules([tf])).toContain('quiz/feedback-verdict');
    expect(rules([{ ...tf, feedback: '文章的说法是：Y。' } as Item])).not.toContain('quiz/feedback-verdict');
  });

  it('quiz/stem-prefix: more than a quarter of the stems open alike', () => {
    const items = Array.from({ length: 8 }, (_, i) =>
      single(`s${i}`, `${i < 3 ? '根据文章' : `问题${i}`}，第${i}个问题是什么？`, [`${i}1家`, `${i}2家`, `${i}3家`]),
    );
    expect(rules(items)).toContain('quiz/stem-prefix');
    expect(rules(items.slice(1))).not.toContain('quiz/stem-prefix');
  });
});

describe('independence (quiz/answer-giveaway)', () => {
  const trio = ['14家', '8家', '3家'].map((key, i) =>
    single(`saas-${i}`, `第${i}问：有多少家？`, ['14家', '8家', '3家', '5家'], i, { rationale: `文章写道：“${key}”` }),
  );
  it('finds items whose options show one another’s keys (the SaaS trio)', () => {
    expect(findGiveaways(trio).length).toBeGreaterThan(0);
  });
  it('finds an item whose feedback states another’s key', () => {
    const asks = single('asks', '2022年AWS的营收增速是多少？', ['29.4%', '26.5%', '24.9%', '31.2%']);
    const tells = {
      ...base,
      id: 'tells',
      type: 'true-false',
      stem: '判断正误：AWS增速放缓。',
      answer: true,
      feedback: '文章写道：增速降至29.4%。',
    } as Item;
    expect(findGiveaways([asks, tells]).map((g) => [g.giver.id, g.taker.id])).toEqual([['tells', 'asks']]);
  });
});
