import type { DeckModel, FactValue, Slide } from '../../src/model/deck-model.js';

function fact(factId: string, value: number, scale: number, text: string, label: string): FactValue {
  return {
    factId,
    value,
    magnitude: value * scale,
    unit: 'USD',
    scale: scale === 1e8 ? 'hundred-million' : undefined,
    kind: 'amount',
    qualifier: 'exact',
    text,
    label,
    statement: `${label}：${text}`,
  };
}

const revenue2021 = fact('aws-revenue-2021', 622, 1e8, '622亿美元', '2021年');
const revenue2022 = fact('aws-revenue-2022', 801, 1e8, '801亿美元', '2022年');
const revenue2023 = fact('aws-revenue-2023', 908, 1e8, '908亿美元', '2023年');

const base = { paragraphIds: [] as string[] };

/** One slide of every layout, in Chinese, the way `buildDeckModel` shapes them. */
export const SLIDES: Slide[] = [
  {
    ...base,
    index: 0,
    layout: 'title',
    title: '亚马逊的转折之年',
    notes: '开场：介绍本讲的主题。',
    data: { title: '亚马逊的转折之年', subtitle: '云计算放缓与成本优化', sourceLine: '《晚点LatePost》· 2023年' },
  },
  {
    ...base,
    index: 1,
    layout: 'agenda',
    title: '议程',
    notes: '',
    data: {
      items: [
        { number: '01', title: '云业务放缓', summary: 'AWS 增速从37%降到12%。' },
        { number: '02', title: '裁员与降本', summary: '两轮裁员共27000人。' },
      ],
    },
  },
  {
    ...base,
    index: 2,
    layout: 'section',
    title: '云业务放缓',
    sectionId: 'cloud',
    notes: '第一部分。',
    data: { number: '01', title: '云业务放缓', summary: 'AWS 增速从37%降到12%。' },
  },
  {
    ...base,
    index: 3,
    layout: 'key-points',
    title: '云业务放缓：要点',
    sectionId: 'cloud',
    notes: '客户在经济下行时削减云支出。\n\n这是 AWS 上市以来最慢的增长。',
    data: { points: ['客户开始优化云支出，AWS 增速放缓', '微软 Azure 与谷歌云继续追赶'] },
  },
  {
    ...base,
    index: 4,
    layout: 'big-number',
    title: '云业务放缓：关键数字',
    sectionId: 'cloud',
    notes: '强调营收规模。',
    data: {
      kpis: [
        { fact: revenue2022, caption: 'AWS 2022年营收' },
        { fact: fact('layoffs', 27000, 1, '27000人', '裁员'), caption: '两轮裁员合计' },
      ],
    },
  },
  {
    ...base,
    index: 5,
    layout: 'comparison',
    title: '云业务放缓：对比',
    sectionId: 'cloud',
    notes: '逐年对比营收。',
    data: {
      metric: 'aws-revenue',
      unit: 'USD',
      headers: ['项目', '数值'],
      rows: [
        { label: '2021年', fact: revenue2021 },
        { label: '2022年', fact: revenue2022 },
      ],
    },
  },
  {
    ...base,
    index: 6,
    layout: 'chart',
    title: 'AWS 营收',
    sectionId: 'cloud',
    notes: '营收仍在增长，但增速放缓。',
    data: {
      chart: 'line',
      metric: 'aws-revenue',
      unit: 'USD',
      caption: 'AWS 年营收',
      points: [revenue2021, revenue2022, revenue2023].map((f) => ({
        label: f.label,
        value: f.magnitude,
        text: f.text,
        factId: f.factId,
      })),
    },
  },
  {
    ...base,
    index: 7,
    layout: 'quote',
    title: '引言',
    sectionId: 'cloud',
    notes: '引用原话。',
    data: {
      quotes: [
        {
          quoteId: 'q1',
          text: '我们正在帮助客户节省开支。',
          speaker: '贾西',
          context: '2023年致股东信',
          attribution: '贾西 · 2023年致股东信',
        },
      ],
    },
  },
  {
    ...base,
    index: 8,
    layout: 'timeline',
    title: '时间线',
    sectionId: 'cloud',
    notes: '按时间回顾。',
    data: {
      events: [
        { date: '2022-11', dateText: '2022年11月', text: '第一轮裁员，约10000人' },
        { date: '2023-03', dateText: '2023年3月', text: '第二轮裁员，9000人' },
      ],
    },
  },
  {
    ...base,
    index: 9,
    layout: 'checkpoint-question',
    title: '检查点',
    sectionId: 'cloud',
    notes: '给学员一分钟。',
    data: { itemId: 'q1', stem: 'AWS 2022年营收是多少？', choices: ['622亿美元', '801亿美元', '908亿美元'] },
  },
  {
    ...base,
    index: 10,
    layout: 'checkpoint-answer',
    title: '检查点：答案',
    sectionId: 'cloud',
    notes: '公布答案。',
    data: {
      itemId: 'q1',
      stem: 'AWS 2022年营收是多少？',
      answer: '801亿美元',
      rationale: '见第三段：2022年营收801亿美元。',
    },
  },
  {
    ...base,
    index: 11,
    layout: 'summary',
    title: '总结',
    notes: '回顾三点。',
    data: { points: ['云增长放缓', '裁员降本', '押注生成式AI'] },
  },
  {
    ...base,
    index: 12,
    layout: 'sources',
    title: '来源与编辑说明',
    notes: '',
    data: {
      source: {
        title: '亚马逊的2022',
        publication: '晚点LatePost',
        date: '2023-05',
        url: 'https://example.com/article',
      },
      changes: [{ kind: 'corrected', original: '8010亿美元', replacement: '801亿美元', note: '原文单位错误' }],
    },
  },
];

/** A Chinese deck with one slide of every layout. */
export const SAMPLE_DECK: DeckModel = {
  narrativeId: 'amazon-aws-2023',
  language: 'zh-CN',
  title: '亚马逊的转折之年',
  cut: 'full',
  theme: 'lectern',
  slides: SLIDES,
};
