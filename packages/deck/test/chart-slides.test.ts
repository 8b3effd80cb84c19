import type { Fact } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, lineCount, lintDeck, overflows, type Slide } from '../src/index.js';
import { budgetCaption } from '../src/model/chart-caption.js';
import { CAPTION_COLUMNS, MAX_CAPTION_LINES, TITLE_COLUMNS } from '../src/overflow/budgets.js';
import { linesIn } from '../src/overflow/text-measure.js';
import { fact, section, smallNarrative } from './fixtures/small-narrative.js';

const chip = (id: string, subject: string, metric: string, value: number, statement: string): Fact =>
  fact('chips', {
    id,
    subject,
    metric,
    value,
    kind: 'percent',
    group: 'chips',
    paragraph: 'chips-p1',
    statement,
    label: `${subject} 对比`,
  });

// Four like measures (one metric, four subjects), with statements long enough to need the notes.
const CHIPS = [
  chip(
    'g2',
    'graviton2',
    'price-performance-gain',
    40,
    'AWS自研芯片Graviton2计算实例比最新一代x86实例的价格性能提升了40%，这是官方在发布会上给出的对比数字。',
  ),
  chip(
    'g3',
    'graviton3',
    'price-performance-gain',
    25,
    '2022年推出的Graviton3芯片比Graviton2处理器的价格性能又提升了25%，继续拉开与通用实例的差距。',
  ),
  chip(
    't1',
    'trainium',
    'price-performance-gain',
    140,
    '基于Trainium的训练实例比基于GPU的实例价格性能提升了140%，适合大模型训练。',
  ),
  chip('t2', 'inferentia', 'price-performance-gain', 70, '基于Inferentia2的推理实例比基于GPU的实例价格性能提升了70%。'),
];

// The seed's slide 21: four unlike measures (price-performance, performance, speed, cost) of one unit.
const UNLIKE = [
  chip('u1', 'graviton2', 'price-performance-gain', 40, 'Graviton2实例比x86实例的价格性能提升了40%。'),
  chip('u2', 'graviton3', 'performance-gain', 25, 'Graviton3芯片比Graviton2处理器性能提升了25%。'),
  chip('u3', 'trainium', 'speed-gain', 140, '基于Trainium的实例比基于GPU的实例速度提升了140%。'),
  chip('u4', 'trainium', 'cost-reduction', 70, '基于Trainium的实例比基于GPU的实例成本低70%。'),
];

function chipDeck(facts?: Fact[]) {
  const n = smallNarrative();
  n.entities.push(
    ...['graviton2', 'graviton3', 'trainium', 'inferentia'].map((id) => ({
      id,
      name: id.replace(/^./, (c) => c.toUpperCase()),
      kind: 'product' as const,
      aliases: [],
      loc: { file: 'narrative.yaml', line: 1, column: 1 },
    })),
  );
  n.sections.push(section('chips', 2, { title: '“守正”护住基本盘', facts: facts ?? CHIPS }));
  return { n, deck: buildDeckModel(n) };
}

const chartOf = (slides: Slide[], sectionId: string) =>
  slides.find((s) => s.layout === 'chart' && s.sectionId === sectionId)!;

describe('chart slides', () => {
  it('caps the caption at two lines and moves the other statements to the notes', () => {
    const { deck, n } = chipDeck();
    const slide = chartOf(deck.slides, 'chips');
    expect(slide.layout).toBe('chart');
    const caption = slide.layout === 'chart' ? (slide.data.caption ?? '') : '';
    expect(lineCount(caption, CAPTION_COLUMNS)).toBeLessThanOrEqual(MAX_CAPTION_LINES);
    for (const f of CHIPS) expect(`${caption}\n${slide.notes}`).toContain(f.statement);
    expect(caption).not.toContain(CHIPS[3]!.statement);
    expect(overflows(slide)).toBe(false);
    expect(lintDeck(deck, n).filter((f) => f.rule === 'deck/overflow')).toEqual([]);
  });

  it('names a chart on one line instead of listing every subject (its kicker when a statement is its title)', () => {
    const { deck } = chipDeck();
    const slide = chartOf(deck.slides, 'chips');
    const topic = slide.kicker ?? slide.title;
    expect(linesIn('zh-CN')(topic, TITLE_COLUMNS, { bold: true, title: true })).toBe(1);
    expect(topic).not.toContain('Graviton2、Graviton3、Trainium、Inferentia');
    const small = buildDeckModel(smallNarrative());
    // One subject and a known metric: `subject + metric`; else the subjects; never the section's own words.
    const shown = small.slides.filter(
      (s) => s.layout === 'chart' || (s.layout === 'big-number' && s.data.kpis.length === 2),
    );
    expect(shown.map((s) => s.kicker ?? s.title)).toEqual([
      '云端坠落：AWS营收增速',
      '云端坠落：Azure、谷歌云',
      '市场份额：AWS、Azure、谷歌云',
    ]);
  });

  it('budgets a caption statement by statement', () => {
    const long = '很长的说明文字'.repeat(20);
    expect(budgetCaption(['短句一。', '短句二。'], '')).toEqual({ caption: '短句一。短句二。', rest: [] });
    expect(budgetCaption([long, '短句。'])).toEqual({ rest: [long, '短句。'] });
    // One sentence stating three market shares is the statement of three facts: it is said once.
    expect(budgetCaption(['三家份额分别为61.7%、11%和5.7%。', '三家份额分别为61.7%、11%和5.7%。'], '')).toEqual({
      caption: '三家份额分别为61.7%、11%和5.7%。',
      rest: [],
    });
  });

  it('counts the title and the caption when measuring a chart, so lintDeck reports them', () => {
    const { deck, n } = chipDeck();
    const slide = chartOf(deck.slides, 'chips');
    if (slide.layout !== 'chart') throw new Error('not a chart');
    const twoLineTitle = { ...slide, title: `${slide.title}：Graviton2、Graviton3、Trainium与GPU实例对比` };
    // A second heading line fits: the chart gives up height for it (400px → at least 280px).
    expect(overflows(twoLineTitle)).toBe(false);
    expect(overflows({ ...twoLineTitle, title: twoLineTitle.title.repeat(5) })).toBe(true);
    // A caption of every statement three times over: more than the chart can give up room for.
    const allStatements = {
      ...slide,
      data: {
        ...slide.data,
        caption: CHIPS.map((f) => f.statement)
          .join('')
          .repeat(3),
      },
    };
    expect(overflows(allStatements)).toBe(true);
    const findings = lintDeck({ ...deck, slides: deck.slides.map((s) => (s === slide ? allStatements : s)) }, n);
    expect(findings.filter((f) => f.rule === 'deck/overflow').map((f) => f.message)).toEqual([
      expect.stringContaining(`Slide ${slide.index + 1} (chart`),
    ]);
  });

  it('never puts unlike measures on one axis: each becomes a KPI card, a cut signed', () => {
    const { deck } = chipDeck(UNLIKE);
    const mine = deck.slides.filter((s) => s.sectionId === 'chips');
    expect(mine.some((s) => s.layout === 'chart' || s.layout === 'comparison')).toBe(false);
    const cards = mine
      .filter((s) => s.layout === 'big-number')
      .flatMap((s) => (s.layout === 'big-number' ? s.data.kpis : []));
    expect(cards.map((k) => k.fact.text)).toEqual(['40%', '25%', '140%', '−70%']);
  });
});
