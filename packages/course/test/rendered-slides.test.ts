import { type BrowserSession, findChrome, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFrameSlide, type MeasuredDeck, measureDecks } from '../src/index.js';
import { narrativeWith } from './helpers.js';

const chromePath = findChrome();
if (!chromePath && process.env.CI) throw new Error('CI is set but no Chromium was found: apt-get install -y chromium.');

/** `theme/cut slide n (layout): kind what by px` for every problem. */
const problems = (decks: MeasuredDeck[]): string[] =>
  decks.flatMap(({ theme, cut, slides }) =>
    slides.flatMap((s, i) =>
      s.problems.map((p) => `${theme}/${cut} slide ${i + 1} (${s.className}): ${p.kind} ${p.what} by ${p.px}px`),
    ),
  );

describe.skipIf(!chromePath)('every slide of every cut of the seed, in every theme, in Chromium', () => {
  let session: BrowserSession;
  let decks: MeasuredDeck[];
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
    decks = await measureDecks(await narrativeWith(), session);
  }, 900_000);
  afterAll(async () => {
    await session?.close();
  });

  it('measures every theme and cut', () => {
    const themes = new Set(decks.map((d) => d.theme));
    expect([...new Set(decks.map((d) => d.cut))]).toEqual(['full', 'executive', 'ai-strategy']);
    expect([...themes]).toEqual(['lectern', 'lectern-dark', 'default', 'gaia', 'uncover']);
    expect(decks.every((d) => d.slides.length > 0)).toBe(true);
  });

  it('puts nothing outside the slide box, no text under the footer, no clipped box or chart label', () => {
    expect(problems(decks)).toEqual([]);
  });

  it('fills the full deck: at most 3 content slides under 40%; every message cut (executive, ai-strategy) none', () => {
    for (const { theme, cut, slides } of decks) {
      const thin = slides
        .map((s, i) => ({ s, n: i + 1 }))
        .filter(({ s }) => !isFrameSlide(s) && s.fill < 0.4)
        .map(({ s, n }) => `${theme}/${cut} slide ${n} (${s.className.split(' ')[0]}) ${Math.round(s.fill * 100)}%`);
      if (cut === 'full') expect(thin.length, thin.join('\n')).toBeLessThanOrEqual(3);
      else expect(thin, `${theme}/${cut}`).toEqual([]);
    }
  });
});
