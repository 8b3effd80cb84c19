import { stringify } from 'yaml';

/**
 * A valid narrative whose every text field (titles, summaries, key points, paragraphs, fact statements, labels
 * and units, quotes, entity names, event texts, item stems, options, answers, rationales, feedback, notes)
 * holds `inline` or `block` (multi-line) text. Evidence, quotes and restorations stay verbatim in their
 * paragraphs, so the narrative loads. With plain words for both it is the baseline to compare against.
 */
export function injectedNarrative(inline: string, block: string, id = 'injected'): Record<string, string> {
  const p1 = `${inline} 2010年书店开业，营收为200万元，2020年增至2亿元。`;
  const p2 = `开业当天，创始人说：“${inline}我们永远把读者放在第一位。”`;
  const p3 = `2015年4月，书店推出了第一款${inline}云服务。`;
  const p4 = `2020年，云业务贡献了60%的利润。${inline}`;
  const meta = {
    id,
    title: `标题 ${block}`,
    subtitle: `副标题 ${block}`,
    language: 'zh-CN',
    source: { title: block, publication: block, author: block, note: block },
    sections: ['sections/01-shop.md', 'sections/02-cloud.md'],
    entities: [
      { id: 'shop', name: `书店 ${inline}`, kind: 'company', aliases: [block], description: block },
      { id: 'cloud', name: `云 ${inline}`, kind: 'service', description: block },
      { id: 'founder', name: `创始人 ${inline}`, kind: 'person' },
    ],
    objectives: [{ id: 'recall', text: block, level: 'remember', sections: ['shop', 'cloud'] }],
    editorialChanges: [
      {
        id: 'restore',
        kind: 'restored',
        paragraph: 'cloud-launch',
        original: block,
        replacement: `第一款${inline}`,
        note: block,
      },
    ],
    cuts: [{ id: 'short', title: block, maxSlides: 6, appendix: false }],
  };
  const item = (n: string, paragraph: string) => ({
    id: n,
    stem: `${block} ${n}?`,
    rationale: block,
    tests: { paragraphs: [paragraph] },
    objective: 'recall',
  });
  const s1 = {
    id: 'shop',
    number: '01',
    title: block,
    summary: block,
    keyPoints: [block, `要点 ${inline}`],
    facts: [
      fact('rev-2010', inline, block, 200, '万', '营收为200万元', 'shop-growth', 'shop'),
      fact('rev-2020', inline, block, 2, '亿', '2020年增至2亿元', 'shop-growth', 'shop'),
    ],
    quotes: [
      {
        id: 'readers',
        speaker: 'founder',
        text: `${inline}我们永远把读者放在第一位。`,
        paragraph: 'shop-founder',
        context: block,
      },
    ],
    events: [{ id: 'opens', date: '2010', precision: 'year', text: block, subject: 'shop', paragraph: 'shop-growth' }],
    items: [
      {
        ...item('single', 'shop-growth'),
        type: 'single',
        options: [
          { text: `${block} A`, correct: true, feedback: block },
          { text: `${block} B` },
          { text: `${block} C` },
        ],
      },
      {
        ...item('multi', 'shop-growth'),
        type: 'multiple',
        options: [{ text: `${block} A`, correct: true }, { text: `${block} B`, correct: true }, { text: `${block} C` }],
      },
      { ...item('tf', 'shop-founder'), type: 'true-false', answer: true },
      { ...item('short', 'shop-founder'), type: 'short', answers: [`答案${inline}`] },
    ],
  };
  const s2 = {
    id: 'cloud',
    number: '02',
    title: block,
    summary: block,
    keyPoints: [block],
    facts: [fact('profit-share', inline, block, 60, undefined, '云业务贡献了60%的利润', 'cloud-profit', 'cloud')],
    events: [
      { id: 'launch', date: '2015-04', precision: 'month', text: block, subject: 'cloud', paragraph: 'cloud-launch' },
    ],
    items: [
      { ...item('numeric', 'cloud-profit'), type: 'numeric', answer: 60, unit: inline },
      { ...item('order', 'cloud-profit'), type: 'ordering', sequence: [`${block} 1`, `${block} 2`, `${block} 3`] },
      {
        ...item('match', 'cloud-profit'),
        type: 'matching',
        pairs: [1, 2, 3].map((k) => ({ left: `${block} L${k}`, right: `${block} R${k}` })),
      },
      {
        ...item('cloze', 'cloud-profit'),
        type: 'cloze',
        text: `${inline.replace(/\{\{|\}\}/g, '')} 云业务贡献了{{60%}}的利润。`,
      },
    ],
  };
  return {
    'narrative.yaml': stringify(meta, { lineWidth: 0 }),
    'sections/01-shop.md': `---\n${stringify(s1, { lineWidth: 0 })}---\n\n${p1} {#shop-growth}\n\n${p2} {#shop-founder}\n`,
    'sections/02-cloud.md': `---\n${stringify(s2, { lineWidth: 0 })}---\n\n${p3} {#cloud-launch}\n\n${p4} {#cloud-profit}\n`,
  };
}

function fact(
  id: string,
  inline: string,
  block: string,
  value: number,
  scale: string | undefined,
  evidence: string,
  paragraph: string,
  subject: string,
) {
  return {
    id,
    statement: block,
    value,
    unit: scale ? '元' : '%',
    ...(scale ? { scale } : {}),
    kind: scale ? 'currency' : 'percent',
    period: inline,
    subject,
    metric: 'm',
    group: scale ? 'rev' : undefined,
    label: inline,
    paragraph,
    evidence,
  };
}
