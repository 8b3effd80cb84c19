/**
 * The files `lectern new <id>` writes: a small but complete narrative showing every kind of block
 * (entities, objectives, a cut, an editorial change, facts with a fact group, quotes, events,
 * key points and authored items of several types). It passes `lectern check`.
 */
export function narrativeTemplate(id: string): Record<string, string> {
  return {
    'narrative.yaml': narrativeYaml(id),
    'sections/01-the-shop.md': SECTION_ONE,
    'sections/02-the-cloud.md': SECTION_TWO,
  };
}

function narrativeYaml(id: string): string {
  return `# yaml-language-server: $schema=../../packages/narrative/schema/narrative.schema.json
# A narrative: everything that is not a section. Sections are listed in reading order.
id: ${id}
title: 'How a bookshop became a cloud'
subtitle: 'An example narrative made by lectern new; replace it with your own'
language: en
source:
  title: 'Example text written for the scaffold'
  note: 'Figures are invented for the example.'

sections:
  - sections/01-the-shop.md
  - sections/02-the-cloud.md

entities:
  - id: shop
    name: Example Books
    kind: company
    aliases: [the shop]
    description: 'A bookshop that grew into a cloud provider.'
  - id: cloud
    name: Example Cloud
    kind: service
    description: 'The cloud business of Example Books.'
  - id: founder
    name: Ada Example
    kind: person
    description: 'Founder of Example Books.'

objectives:
  - id: explain-growth
    text: 'Explain how the shop grew and why the cloud business matters.'
    level: understand
    sections: [the-shop, the-cloud]
  - id: recall-figures
    text: 'Recall the key figures of the shop and its cloud.'
    level: remember
    sections: [the-shop, the-cloud]

# Where the content departs from the source text.
editorialChanges:
  - id: restore-first
    kind: restored
    paragraph: cloud-launch
    original: '*'
    replacement: 'first'
    note: 'The source had "*" where the sentence needs "first".'

# Shorter selections of the narrative for a shorter deck.
cuts:
  - id: executive
    title: 'Executive summary'
    maxSlides: 8
    appendix: false
`;
}

const SECTION_ONE = `---
id: the-shop
number: '01'
title: 'The shop'
summary: 'A small bookshop grew its revenue a hundredfold in ten years.'
keyPoints:
  - 'Revenue grew from $2 million in 2010 to $200 million in 2020.'
  - 'The founder said the shop would always put readers first.'
facts:
  - id: shop-revenue-2010
    statement: 'In 2010 the shop had revenue of $2 million.'
    value: 2
    unit: USD
    scale: million
    kind: currency
    period: '2010'
    subject: shop
    metric: revenue
    group: shop-revenue
    label: '2010'
    paragraph: shop-growth
    evidence: 'revenue of $2 million in 2010'
  - id: shop-revenue-2020
    statement: 'In 2020 the shop had revenue of $200 million.'
    value: 200
    unit: USD
    scale: million
    kind: currency
    period: '2020'
    subject: shop
    metric: revenue
    group: shop-revenue
    label: '2020'
    paragraph: shop-growth
    evidence: '$200 million in 2020'
quotes:
  - id: founder-readers
    speaker: founder
    text: 'We will always put readers first.'
    paragraph: shop-founder
    context: 'Opening day, 2010'
events:
  - id: shop-opens
    date: '2010'
    precision: year
    text: 'The shop opens.'
    subject: shop
    paragraph: shop-growth
items:
  - id: shop-revenue-growth
    type: single
    stem: 'How did the shop''s revenue change from 2010 to 2020?'
    options:
      - text: 'It grew from $2 million to $200 million.'
        correct: true
      - text: 'It grew from $20 million to $200 million.'
      - text: 'It fell from $200 million to $2 million.'
      - text: 'It stayed at $2 million.'
    rationale: 'The text says revenue grew from $2 million in 2010 to $200 million in 2020.'
    tests:
      paragraphs: [shop-growth]
      facts: [shop-revenue-2010, shop-revenue-2020]
    objective: recall-figures
    difficulty: easy
    level: remember
  - id: shop-readers-first
    type: true-false
    stem: 'The founder promised to put readers first.'
    answer: true
    rationale: 'The founder said: "We will always put readers first."'
    tests:
      paragraphs: [shop-founder]
    objective: explain-growth
---

The shop opened in 2010 with revenue of $2 million in 2010 and reached $200 million in 2020. {#shop-growth}

On opening day the founder told the staff: "We will always put readers first." {#shop-founder}
`;

const SECTION_TWO = `---
id: the-cloud
number: '02'
title: 'The cloud'
summary: 'The cloud business began as an internal tool and now earns most of the profit.'
keyPoints:
  - 'The cloud launched in 2015 as the shop''s first service for other companies.'
  - 'By 2020 the cloud earned 60% of the profit.'
facts:
  - id: cloud-profit-share-2020
    statement: 'In 2020 the cloud earned 60% of the profit.'
    value: 60
    unit: '%'
    kind: percent
    period: '2020'
    subject: cloud
    metric: profit-share
    paragraph: cloud-profit
    evidence: 'the cloud earned 60% of the profit'
events:
  - id: cloud-launch
    date: 2015-04
    precision: month
    text: 'The cloud launches.'
    subject: cloud
    paragraph: cloud-launch
items:
  - id: cloud-profit-share
    type: numeric
    stem: 'What share of the profit, in percent, did the cloud earn in 2020?'
    answer: 60
    unit: '%'
    rationale: 'The text says the cloud earned 60% of the profit in 2020.'
    tests:
      paragraphs: [cloud-profit]
      facts: [cloud-profit-share-2020]
    objective: recall-figures
  - id: story-order
    type: ordering
    stem: 'Put these events in the order they happened.'
    sequence:
      - 'The shop opens.'
      - 'The cloud launches.'
      - 'The cloud earns 60% of the profit.'
    rationale: 'The shop opened in 2010, the cloud launched in 2015, and by 2020 it earned 60% of the profit.'
    tests:
      paragraphs: [cloud-launch, cloud-profit]
    objective: explain-growth
---

In April 2015 the shop launched the cloud, its first service for other companies. {#cloud-launch}

Five years later, in 2020, the cloud earned 60% of the profit. {#cloud-profit}
`;
