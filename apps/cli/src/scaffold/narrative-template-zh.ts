/**
 * `lectern new --language zh-CN`: the same complete example as the English template (every kind of block),
 * written in Simplified Chinese. It passes `lectern check`. (`zh-TW` is this text through OpenCC.)
 */
export function narrativeTemplateZh(id: string, language = 'zh-CN'): Record<string, string> {
  return {
    'narrative.yaml': narrativeYaml(id, language),
    'sections/01-the-shop.md': SECTION_ONE,
    'sections/02-the-cloud.md': SECTION_TWO,
  };
}

function narrativeYaml(id: string, language: string): string {
  return `# yaml-language-server: $schema=../../packages/narrative/schema/narrative.schema.json
# 一份讲稿：章节以外的一切。章节按阅读顺序列出。
id: ${id}
title: '一家书店如何变成云'
subtitle: '由 lectern new 生成的示例，换成你自己的内容'
language: ${language}
source:
  title: '为脚手架编写的示例文本'
  note: '数字为示例虚构。'

sections:
  - sections/01-the-shop.md
  - sections/02-the-cloud.md

entities:
  - id: shop
    name: 示例书店
    kind: company
    aliases: [书店]
    description: '一家成长为云服务商的书店。'
  - id: cloud
    name: 示例云
    kind: service
    description: '示例书店的云业务。'
  - id: founder
    name: 林示例
    kind: person
    description: '示例书店的创始人。'

objectives:
  - id: explain-growth
    text: '说明书店如何成长，以及云业务为何重要。'
    level: understand
    sections: [the-shop, the-cloud]
  - id: recall-figures
    text: '记住书店和云业务的关键数字。'
    level: remember
    sections: [the-shop, the-cloud]

# 内容与原文不同之处，逐条记录。
editorialChanges:
  - id: restore-first
    kind: restored
    paragraph: cloud-launch
    original: '*'
    replacement: '第一'
    note: '原文此处为“*”，句子需要“第一”。'

# 更短的版本，用于更短的演示。
cuts:
  - id: executive
    title: '高管摘要'
    maxSlides: 8
    appendix: false
`;
}

const SECTION_ONE = `---
id: the-shop
number: '01'
title: '书店'
summary: '一家小书店用十年时间把营收做大了一百倍。'
keyPoints:
  - '营收从2010年的200万美元增至2020年的2亿美元'
  - '创始人说书店永远把读者放在第一位'
facts:
  - id: shop-revenue-2010
    statement: '2010年，书店营收为200万美元。'
    value: 200
    unit: 美元
    scale: 万
    kind: currency
    period: '2010'
    subject: shop
    metric: revenue
    group: shop-revenue
    label: '2010'
    paragraph: shop-growth
    evidence: '2010年营收为200万美元'
  - id: shop-revenue-2020
    statement: '2020年，书店营收为2亿美元。'
    value: 2
    unit: 美元
    scale: 亿
    kind: currency
    period: '2020'
    subject: shop
    metric: revenue
    group: shop-revenue
    label: '2020'
    paragraph: shop-growth
    evidence: '2020年达到2亿美元'
quotes:
  - id: founder-readers
    speaker: founder
    text: '我们永远把读者放在第一位。'
    paragraph: shop-founder
    context: '2010年开业当天'
events:
  - id: shop-opens
    date: '2010'
    precision: year
    text: '书店开业'
    subject: shop
    paragraph: shop-growth
items:
  - id: shop-revenue-growth
    type: single
    stem: '2020年，书店的营收是多少？'
    options:
      - text: '2亿美元'
        correct: true
      - text: '1亿美元'
      - text: '3亿美元'
      - text: '5亿美元'
    rationale: '文中说营收从2010年的200万美元增至2020年的2亿美元。'
    tests:
      paragraphs: [shop-growth]
      facts: [shop-revenue-2010, shop-revenue-2020]
    objective: recall-figures
    difficulty: easy
    level: remember
  - id: shop-readers-first
    type: true-false
    stem: '创始人承诺把读者放在第一位。'
    answer: true
    rationale: '创始人说：“我们永远把读者放在第一位。”'
    tests:
      paragraphs: [shop-founder]
    objective: explain-growth
---

书店2010年开业，2010年营收为200万美元，2020年达到2亿美元。 {#shop-growth}

开业当天，创始人对员工说：“我们永远把读者放在第一位。” {#shop-founder}
`;

const SECTION_TWO = `---
id: the-cloud
number: '02'
title: '云'
summary: '云业务起初是内部工具，如今贡献了大部分利润。'
keyPoints:
  - '2015年，云业务作为书店第一项对外服务上线'
  - '到2020年，云业务贡献了60%的利润'
facts:
  - id: cloud-profit-share-2020
    statement: '2020年，云业务贡献了60%的利润。'
    value: 60
    unit: '%'
    kind: percent
    period: '2020'
    subject: cloud
    metric: profit-share
    paragraph: cloud-profit
    evidence: '云业务贡献了60%的利润'
events:
  - id: cloud-launch
    date: 2015-04
    precision: month
    text: '云业务上线'
    subject: cloud
    paragraph: cloud-launch
items:
  - id: cloud-profit-share
    type: numeric
    stem: '2020年，云业务贡献了百分之多少的利润？'
    answer: 60
    unit: '%'
    rationale: '文中说2020年云业务贡献了60%的利润。'
    tests:
      paragraphs: [cloud-profit]
      facts: [cloud-profit-share-2020]
    objective: recall-figures
  - id: story-order
    type: ordering
    stem: '把这些事件按发生的先后排序。'
    sequence:
      - '书店开业'
      - '云业务上线'
      - '云业务贡献60%的利润'
    rationale: '书店2010年开业，云业务2015年上线，到2020年贡献了60%的利润。'
    tests:
      paragraphs: [cloud-launch, cloud-profit]
    objective: explain-growth
---

2015年4月，书店推出了云业务，这是它第一项面向其他公司的服务。 {#cloud-launch}

五年后的2020年，云业务贡献了60%的利润。 {#cloud-profit}
`;
