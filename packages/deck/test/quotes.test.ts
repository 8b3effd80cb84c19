import type { Quote } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, lintDeck, overflows, renderMarpMarkdown } from '../src/index.js';
import { attributionOf, quoted, selectQuotes } from '../src/model/quote-slides.js';
import { quoteSize } from '../src/overflow/quote-size.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

const q = (id: string, text: string, context?: string): Quote => ({
  id,
  speaker: 'jassy',
  text,
  paragraph: 'qs-p1',
  sectionId: 'qs',
  loc: { file: 'sections/qs.md', line: 3, column: 1 },
  ...(context === undefined ? {} : { context }),
});

const LONG_A = '我们正在发明一些可以为客户和亚马逊创造巨大价值的特殊东西,我们必须在竞争对手之前占据先机。';
const LONG_B =
  '大多数公司都想用上大语言模型,但真正好用的语言模型需要数十亿美元以及长时间、大数据的训练。不是所有公司都具备这样的条件。';
const MEDIUM = '在线零售商为什么要在云计算上投入如此之多?';

function withQuotes(quotes: Quote[]) {
  const n = smallNarrative();
  n.sections.push(section('qs', 2, { quotes }));
  const deck = buildDeckModel(n);
  return { n, deck, slides: deck.slides.filter((s) => s.layout === 'quote' && s.sectionId === 'qs') };
}

describe('quote slides', () => {
  it('attributes as "speaker · context" without naming the speaker twice', () => {
    expect(attributionOf('安迪·杰西', '安迪·杰西对2023年的描述')).toBe('安迪·杰西 · 对2023年的描述');
    expect(attributionOf('安迪·杰西', '安迪·杰西, 回应质疑')).toBe('安迪·杰西 · 回应质疑');
    expect(attributionOf('安迪·杰西', '2008年，回应内部质疑')).toBe('安迪·杰西 · 2008年，回应内部质疑');
    expect(attributionOf('安迪·杰西', undefined)).toBe('安迪·杰西');
    expect(attributionOf('安迪·杰西', '安迪·杰西')).toBe('安迪·杰西');
  });

  it('wraps quotations in quotation marks once', () => {
    expect(quoted('最艰难', ['“', '”'])).toBe('“最艰难”');
    expect(quoted('“已引”', ['“', '”'])).toBe('“已引”');
  });

  it('gives substantial quotes their own slide and gathers short ones on one, at most two slides per section', () => {
    const quotes = [
      q('w1', '最艰难'),
      q('long-a', LONG_A),
      q('w2', '未完成'),
      q('mid', MEDIUM),
      q('long-b', LONG_B),
      q('w3', '更大、更通用、更强大'),
      q('w4', '好'),
    ];
    const groups = selectQuotes(section('qs', 2, { quotes }));
    // The widest substantial quote, and one slide of the three widest short quotes, in reading order.
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([['w1', 'w2', 'w3'], ['long-b']]);
    const { slides } = withQuotes(quotes);
    expect(slides).toHaveLength(2);
  });

  it('gives two substantial quotes a slide each when there are no short ones, and never five in a row', () => {
    const quotes = [
      q('mid', MEDIUM),
      q('long-a', LONG_A),
      q('long-b', LONG_B),
      q('m2', `${MEDIUM}再问一次`),
      q('m3', `${MEDIUM}第三次`),
    ];
    const { deck, slides } = withQuotes(quotes);
    expect(slides.map((s) => (s.layout === 'quote' ? s.data.quotes.map((x) => x.quoteId) : []))).toEqual([
      ['long-a'],
      ['long-b'],
    ]);
    let run = 0;
    for (const s of deck.slides) {
      run = s.layout === 'quote' ? run + 1 : 0;
      expect(run).toBeLessThanOrEqual(2);
    }
  });

  it('leaves the quotes it does not show in the notes of another slide', () => {
    const n = smallNarrative();
    n.sections.push(
      section('qs', 2, {
        quotes: [q('long-a', LONG_A), q('long-b', LONG_B), q('mid', MEDIUM)].map((x, i) => ({
          ...x,
          paragraph: `qs-p${i === 2 ? 2 : 1}`,
        })),
        paragraphs: [
          {
            id: 'qs-p1',
            sectionId: 'qs',
            index: 0,
            text: `他说:${LONG_A}又说:${LONG_B}`,
            loc: { file: 'sections/qs.md', line: 9, column: 1 },
          },
          {
            id: 'qs-p2',
            sectionId: 'qs',
            index: 1,
            text: `内部质疑:${MEDIUM}`,
            loc: { file: 'sections/qs.md', line: 11, column: 1 },
          },
        ],
      }),
    );
    const deck = buildDeckModel(n);
    const notes = deck.slides
      .filter((s) => s.sectionId === 'qs')
      .map((s) => s.notes)
      .join('\n');
    expect(notes).toContain(MEDIUM);
  });

  it('renders large, centred, in quotation marks, with the attribution under it', () => {
    const { deck, slides } = withQuotes([q('w1', '最艰难', '安迪·杰西对2023年的描述'), q('long-a', LONG_A)]);
    // Word joiners keep 安迪·杰西 and 2023年 on one line; the text is the same without them.
    const md = renderMarpMarkdown({ ...deck, slides }).replaceAll('\u2060', '');
    expect(md).toContain('> “最艰难”');
    expect(md).toContain('— 安迪·杰西 · 对2023年的描述');
    expect(md).not.toContain('安迪·杰西, 安迪·杰西');
    expect(md).toMatch(/_class: quote quote-xl -->/);
    expect(md).toMatch(/_class: quote quote-[lms] -->/);
    for (const s of slides) expect(overflows(s)).toBe(false);
  });

  it('sizes quotes down as they grow', () => {
    const sizes = ['最艰难', MEDIUM, LONG_A, LONG_B].map((t) => quoteSize([t]).px);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[3]!);
    expect(quoteSize(['最艰难', '未完成']).name).not.toBe('xl');
  });

  it('does not give a slide to a quote too long for one', () => {
    const { n, slides } = withQuotes([q('huge', '很长的一句话'.repeat(60))]);
    expect(slides).toHaveLength(0);
    expect(lintDeck(buildDeckModel(n), n).filter((f) => f.rule === 'deck/overflow')).toEqual([]);
  });
});
