/** Chinese business vocabulary the synthetic prose is composed from. */

/** Syllables joined into company names such as 华信云科. */
export const NAME_HEADS = [
  '华',
  '瀚',
  '星',
  '远',
  '博',
  '鼎',
  '恒',
  '启',
  '云',
  '智',
  '海',
  '新',
  '锐',
  '天',
  '宏',
  '泰',
  '嘉',
  '安',
  '明',
  '凯',
];
export const NAME_TAILS = [
  '信',
  '桥',
  '辰',
  '航',
  '思',
  '峰',
  '润',
  '明',
  '图',
  '联',
  '川',
  '达',
  '源',
  '睿',
  '越',
  '途',
  '澜',
  '拓',
  '诚',
  '晟',
];
export const COMPANY_SUFFIXES = ['科技', '数据', '云计算', '物流', '智能', '网络', '电商', '半导体', '软件', '传媒'];

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '林',
];
export const GIVEN_NAMES = [
  '建国',
  '晓明',
  '思远',
  '海涛',
  '立新',
  '雪梅',
  '志强',
  '文博',
  '佳怡',
  '振华',
  '子涵',
  '一鸣',
];
export const TITLES = ['首席执行官', '首席财务官', '董事长', '总裁', '首席技术官'];

/** A measured quantity: how it is named in prose and how its values look. */
export interface Metric {
  id: string;
  /** The noun used in prose, e.g. 营收. */
  noun: string;
  kind: 'currency' | 'percent' | 'count';
  unit: string;
  scale?: '亿' | '万';
  /** Range of the written value. */
  min: number;
  max: number;
  /** Digits after the decimal point. */
  decimals: number;
  /** Verb joining noun and value: 达到, 增长, 为… */
  verb: string;
}

export const METRICS: readonly Metric[] = [
  {
    id: 'revenue',
    noun: '全年营收',
    kind: 'currency',
    unit: '元',
    scale: '亿',
    min: 20,
    max: 9800,
    decimals: 0,
    verb: '达到',
  },
  {
    id: 'net-income',
    noun: '净利润',
    kind: 'currency',
    unit: '元',
    scale: '亿',
    min: 2,
    max: 900,
    decimals: 1,
    verb: '为',
  },
  {
    id: 'rd-spend',
    noun: '研发投入',
    kind: 'currency',
    unit: '元',
    scale: '亿',
    min: 5,
    max: 600,
    decimals: 1,
    verb: '达到',
  },
  { id: 'revenue-growth', noun: '营收同比增速', kind: 'percent', unit: '%', min: 3, max: 75, decimals: 1, verb: '为' },
  { id: 'market-share', noun: '市场份额', kind: 'percent', unit: '%', min: 2, max: 45, decimals: 1, verb: '达到' },
  { id: 'gross-margin', noun: '毛利率', kind: 'percent', unit: '%', min: 12, max: 68, decimals: 1, verb: '为' },
  { id: 'headcount', noun: '员工总数', kind: 'count', unit: '人', min: 1200, max: 98000, decimals: 0, verb: '达到' },
  { id: 'stores', noun: '门店数量', kind: 'count', unit: '家', min: 30, max: 4800, decimals: 0, verb: '增至' },
  {
    id: 'users',
    noun: '活跃用户数',
    kind: 'count',
    unit: '人',
    scale: '万',
    min: 80,
    max: 9900,
    decimals: 0,
    verb: '达到',
  },
];

export const DOMAINS = [
  '云计算',
  '人工智能',
  '跨境电商',
  '智能物流',
  '数据中心',
  '企业软件',
  '芯片设计',
  '数字支付',
  '在线广告',
  '供应链金融',
];
export const OPENERS = [
  '与此同时',
  '值得注意的是',
  '从整体看',
  '在这一背景下',
  '另一方面',
  '放眼全行业',
  '事实上',
  '换言之',
];
export const ACTIONS = [
  '加大投入',
  '收缩战线',
  '调整组织架构',
  '推出新一代产品',
  '拓展海外市场',
  '压缩运营成本',
  '加快数字化转型',
  '深化生态合作',
];
export const OUTCOMES = [
  '增长动力明显减弱',
  '利润空间受到挤压',
  '客户结构持续优化',
  '市场竞争更加激烈',
  '现金流保持稳健',
  '投资人预期出现分化',
  '行业格局正在重塑',
  '成本压力逐步缓解',
];
export const REASONS = [
  '宏观经济形势严峻',
  '客户预算普遍收紧',
  '大模型带来新的需求',
  '价格战愈演愈烈',
  '监管政策趋于明确',
  '供应链逐步恢复',
];
export const QUOTE_LINES = [
  '我们会把资源集中在最有长期价值的业务上',
  '今年是打基础的一年，增长要靠耐心',
  '客户的需求变了，我们的产品也必须跟着变',
  '成本控制不是目的，而是为了更好地投入未来',
  '没有一家公司可以靠单一业务穿越周期',
  '我们看重的是三年以后的竞争力',
];
export const SECTION_THEMES = [
  '增长放缓',
  '利润承压',
  '组织调整',
  '新业务突围',
  '海外扩张',
  '成本控制',
  '生态合作',
  '技术投入',
  '竞争格局',
  '战略转向',
];
