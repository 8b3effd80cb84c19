import { describe, expect, it } from 'vitest';
import { buildDeckModel, overflows, renderMarpMarkdown, type Slide, themeCss } from '../src/index.js';
import { isRoomy, ROOMY } from '../src/overflow/roomy-list.js';
import { balancedPages } from '../src/overflow/balanced-pages.js';
import { evenPages, splitSlide } from '../src/overflow/split-slide.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

const POINT = '亚马逊云业务增速放缓，微软和谷歌凭借人工智能继续高速增长，行业整体承压';

function keyPoints(points: string[]) {
  const n = smallNarrative();
  n.sections.push(section('kp', 2, { keyPoints: points }));
  const deck = buildDeckModel(n);
  return { deck, parts: deck.slides.filter((s) => s.layout === 'key-points' && s.sectionId === 'kp') };
}

const pointsOf = (s: Slide): string[] => (s.layout === 'key-points' ? s.data.points : []);

describe('key-points slides', () => {
  it('sets five or fewer points large, in the markdown and in both themes', () => {
    const { deck, parts } = keyPoints([POINT, POINT, POINT]);
    expect(parts).toHaveLength(1);
    expect(renderMarpMarkdown({ ...deck, slides: parts })).toContain('<!-- _class: key-points roomy -->');
    for (const theme of ['lectern', 'lectern-dark']) {
      expect(themeCss(theme)).toContain(
        `section.key-points.roomy, section.summary.roomy { font-size: ${ROOMY.px}px; }`,
      );
    }
    expect(isRoomy('key-points', 't', Array(6).fill('短'))).toBe(false);
  });

  it('measures large points at their large size, and keeps a list on one slide at the normal size when large would not fit', () => {
    // Five points of one line at 28px (two at 34px) fit at 28px, not at 34px: one slide, normal size.
    const { parts } = keyPoints(Array(5).fill(POINT));
    expect(parts).toHaveLength(1);
    expect(isRoomy('key-points', parts[0]!.title, pointsOf(parts[0]!))).toBe(false);
    expect(overflows(parts[0]!)).toBe(false);
  });

  it('splits evenly and never leaves a lone point on a continuation slide', () => {
    const points = Array.from({ length: 7 }, (_, i) => `${POINT}，${POINT}${i}`);
    const { parts } = keyPoints(points);
    expect(parts.map((p) => pointsOf(p).length)).toEqual([4, 3]);
    expect(parts.flatMap(pointsOf)).toEqual(points);
    for (const p of parts) expect(overflows(p)).toBe(false);
  });

  it('spreads pages by count', () => {
    expect(evenPages(7, 2)).toEqual([
      [0, 4],
      [4, 7],
    ]);
    expect(evenPages(9, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
    ]);
    expect(evenPages(10, 3)).toEqual([
      [0, 4],
      [4, 7],
      [7, 10],
    ]);
  });

  it('moves a lone last point to join the page before when even pages cannot fit', () => {
    // One very long point forces uneven pages; the last page must still not be a single short point.
    const huge = `${POINT}。`.repeat(6);
    const points = [huge, '短一', '短二', '短三', huge, '短四'];
    const pages = splitSlide(
      { layout: 'key-points', title: '要点', paragraphIds: [], notes: '', data: { points } },
      'zh-CN',
    ).map((p) => (p.layout === 'key-points' ? p.data.points.length : 0));
    expect(pages.reduce((a, b) => a + b, 0)).toBe(points.length);
    expect(pages.at(-1)).toBeGreaterThan(1);
  });
});

describe('balanced pages', () => {
  it('splits by size when counts alone would not fit, keeping two items a page where it can', () => {
    expect(balancedPages([5, 1, 1, 1, 1, 1], 2)).toEqual([
      [0, 1],
      [1, 6],
    ]);
    expect(balancedPages([5, 1, 1, 1, 1, 1], 2, 2)).toEqual([
      [0, 2],
      [2, 6],
    ]);
    expect(balancedPages([1, 1, 1], 2, 2)).toBeUndefined();
    expect(balancedPages([2, 2, 2, 2], 2)).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});

/** Every split of `items` into exactly `k` pages of at least `least` items (small inputs only). */
function* allSplits(n: number, k: number, least: number, start = 0): Generator<Array<[number, number]>> {
  if (k === 1) {
    if (n - start >= least) yield [[start, n]];
    return;
  }
  for (let end = start + least; end <= n - (k - 1) * least; end++) {
    for (const rest of allSplits(n, k - 1, least, end)) yield [[start, end], ...rest];
  }
}

describe('balanced pages against every split', () => {
  it('finds the lightest fullest page that any split into k pages can have', { timeout: 60_000 }, () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const heaviest = (items: number[], pages: Array<[number, number]>): number =>
      Math.max(...pages.map(([a, b]) => items.slice(a, b).reduce((x, y) => x + y, 0)));
    for (let trial = 0; trial < 600; trial++) {
      const n = 1 + Math.floor(random() * 9);
      const items = Array.from({ length: n }, () =>
        random() < 0.3 ? 1 + Math.floor(random() * 4) : Math.round(random() * 50) / 10 + 0.3,
      );
      const k = 1 + Math.floor(random() * n);
      const least = random() < 0.5 ? 1 : 2;
      const splits = [...allSplits(n, k, least)];
      const got = balancedPages(items, k, least);
      if (splits.length === 0) {
        expect(got).toBeUndefined();
        continue;
      }
      const best = Math.min(...splits.map((s) => heaviest(items, s)));
      expect(got).toBeDefined();
      expect(got).toHaveLength(k);
      expect(got!.flat()[0]).toBe(0);
      expect(got!.at(-1)![1]).toBe(n);
      for (const [a, b] of got!) expect(b - a).toBeGreaterThanOrEqual(least);
      expect(heaviest(items, got!)).toBeCloseTo(best, 6);
    }
  });

  it('splits ten thousand items (a 10,000-section agenda)', { timeout: 60_000 }, () => {
    const items = Array.from({ length: 10_000 }, (_, i) => 1.2 + ((i * 7919) % 13) / 10);
    const pages = balancedPages(items, 2_000, 2)!;
    expect(pages).toHaveLength(2_000);
    expect(pages.at(-1)![1]).toBe(10_000);
  });
});
