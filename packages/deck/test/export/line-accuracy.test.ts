import { isChinese } from '@lectern/narrative';
import { type BrowserSession, loadHtml, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../src/html/embed-fonts.js';
import { escapeHtml } from '../../src/html/escape-html.js';
import { linesIn } from '../../src/overflow/text-measure.js';
import { columnLineCount } from '../../src/overflow/text-width.js';
import { FONTS, familiesFor, fontStack } from '../../src/themes/tokens.js';
import { joinUnbreakable } from '../../src/typography/line-joins.js';
import { type SlideText, slideTexts, type TextRole } from '../fixtures/slide-texts.js';
import { chromePath } from './browser-gate.js';

/**
 * Where the `lectern` themes set each role (themes/lectern.css, 1136px content box): a heading at 44px bold; a list
 * item at 28px (the box less the 1.2em marker indent), at 34px in a roomy list, at 28px in a comparison cell; a
 * caption at 22px.
 */
const SETTINGS: Record<TextRole, ReadonlyArray<{ name: string; px: number; width: number; bold: boolean }>> = {
  title: [{ name: 'heading 44px bold', px: 44, width: 1136, bold: true }],
  body: [
    { name: 'list item 28px', px: 28, width: 1136 - 1.2 * 28, bold: false },
    { name: 'roomy item 34px', px: 34, width: 1136 - 1.2 * 34, bold: false },
    { name: 'table cell 28px', px: 28, width: 540, bold: false },
  ],
  caption: [{ name: 'caption 22px', px: 22, width: 1136, bold: false }],
};

interface Case extends SlideText {
  setting: string;
  px: number;
  width: number;
  bold: boolean;
}

/** Lines of each `.t` element as Chromium lays it out: the distinct line boxes its text's fragments sit in. */
const PROBE = `[...document.querySelectorAll('.t')].map((el) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
})`;

/** One page per language, its fonts embedded as deck.html embeds them for that language. */
async function page(language: string, cases: readonly Case[]): Promise<string> {
  const zh = isChinese(language);
  const body = cases
    .map((c, i) => {
      const text = escapeHtml(zh ? joinUnbreakable(c.text, c.role === 'title') : c.text);
      const tag = c.bold ? 'h2' : 'p';
      return `<${tag} class="t" id="t${i}" style="font-size:${c.px}px;width:${c.width}px">${text}</${tag}>`;
    })
    .join('\n');
  const fonts = await fontFaceCss(body, '', language);
  const stack = fontStack(familiesFor(FONTS, language));
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><style>${fonts}</style><style>
body { margin: 0; } .t { margin: 0 0 8px; padding: 0; font-family: ${stack}; line-height: 1.45; font-weight: 400; }
h2.t { font-weight: 700; }
</style></head><body>${body}</body></html>`;
}

interface Tally {
  n: number;
  exact: number;
  over: number;
  under: number;
  underByMore: number;
}

const tally = (): Tally => ({ n: 0, exact: 0, over: 0, under: 0, underByMore: 0 });

function count(t: Tally, model: number, browser: number): void {
  t.n += 1;
  if (model === browser) t.exact += 1;
  else if (model > browser) t.over += 1;
  else {
    t.under += 1;
    if (browser - model > 1) t.underByMore += 1;
  }
}

const pct = (t: Tally): string => `${((100 * t.exact) / Math.max(1, t.n)).toFixed(1)}%`;
const row = (label: string, t: Tally): string =>
  `${label}: ${t.n} texts, exact ${pct(t)}, over ${t.over}, under ${t.under} (by more than one line ${t.underByMore})`;

describe.skipIf(!chromePath)(
  'line counts of real slide texts: the model against Chromium',
  { timeout: 600_000 },
  () => {
    let session: BrowserSession;
    let cases: Case[];
    const measured = new Map<Case, number>();
    beforeAll(async () => {
      session = await openBrowser({ executablePath: chromePath });
      const texts = await slideTexts();
      cases = texts.flatMap((t) => SETTINGS[t.role].map((s) => ({ ...t, setting: s.name, ...s })));
      for (const language of new Set(cases.map((c) => c.language))) {
        const mine = cases.filter((c) => c.language === language);
        const html = await page(language, mine);
        const lines = (await session.withPage({ width: 1400, height: 900 }, async (p) => {
          await loadHtml(p, html);
          await p.evaluate('document.fonts.ready');
          return p.evaluate(PROBE);
        })) as number[];
        mine.forEach((c, i) => {
          measured.set(c, lines[i]!);
        });
      }
    }, 600_000);
    afterAll(async () => {
      await session?.close();
    });

    it('predicts the lines of at least 97% of texts exactly, and never one line fewer than Chromium draws', () => {
      const groups = new Map<string, { metric: Tally; column: Tally }>();
      const misses: string[] = [];
      const group = (key: string) => {
        const g = groups.get(key) ?? { metric: tally(), column: tally() };
        groups.set(key, g);
        return g;
      };
      for (const c of cases) {
        const browser = measured.get(c)!;
        const columns = c.width / (c.px / 2);
        const metric = linesIn(c.language)(c.text, columns, { bold: c.bold, title: c.role === 'title' });
        const column = columnLineCount(c.text, Math.floor(columns));
        const lang = isChinese(c.language) ? 'zh' : 'en';
        for (const key of ['all', lang, `${lang} ${c.setting}`]) {
          count(group(key).metric, metric, browser);
          count(group(key).column, column, browser);
        }
        if (metric !== browser)
          misses.push(`${c.setting} ${c.language}: model ${metric}, Chromium ${browser}: ${c.text}`);
      }
      const report = [...groups.entries()].flatMap(([key, g]) => [
        row(`${key} — font metrics`, g.metric),
        row(`${key} — column model`, g.column),
      ]);
      console.log(`${report.join('\n')}\n\nmisses:\n${misses.slice(0, 40).join('\n')}`);
      const all = groups.get('all')!;
      expect(all.metric.n).toBeGreaterThan(500);
      expect(all.metric.exact / all.metric.n).toBeGreaterThanOrEqual(0.97);
      expect(all.metric.underByMore).toBe(0);
    });
  },
);
