import { type BrowserSession, loadHtml, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDeckHtml } from '../../src/index.js';
import { layoutStyle, listThemes } from '../../src/themes/themes.js';
import { themeTokens } from '../../src/themes/tokens.js';
import { chromePath } from './browser-gate.js';

/** Our layout rules for Marp's themes, as the deck's `style` directive. */
const style = (theme: string): string => {
  const css = layoutStyle(theme);
  return css === undefined ? '' : `style: ${JSON.stringify(css)}\n`;
};

/**
 * A key-points slide as the deck renders it (with our layout rules in Marp's themes): heading, one paragraph, a
 * footer; then the same under a kicker.
 */
const deck = (theme: string) =>
  `---\nmarp: true\ntheme: ${theme}\n${style(theme)}size: 16:9\npaginate: true\nlang: zh-CN\nfooter: 页脚\n---\n\n<!-- _class: key-points -->\n\n## 标题\n\n正文\n\n---\n\n<!-- _class: key-points -->\n<!-- _header: 主题 -->\n\n## 标题\n\n正文\n`;

const PROBE = `(() => {
  const s = document.querySelector('section');
  const box = s.getBoundingClientRect();
  const cs = getComputedStyle(s);
  const h = s.querySelector('h2');
  const p = s.querySelector('p');
  const f = s.querySelector('footer');
  const k = document.querySelectorAll('section')[1];
  // The kicker's text, not its box (gaia's header box spans its whole 70px padding).
  const kicker = document.createRange();
  kicker.selectNodeContents(k.querySelector('header'));
  return {
    body: parseFloat(cs.fontSize),
    line: parseFloat(cs.lineHeight),
    letterSpacing: parseFloat(cs.letterSpacing) || 0,
    width: s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
    heading: parseFloat(getComputedStyle(h).fontSize),
    headingLine: parseFloat(getComputedStyle(h).lineHeight),
    bodyGap: p.getBoundingClientRect().top - h.getBoundingClientRect().top,
    footerTop: f.getBoundingClientRect().top - box.top,
    paddingTop: parseFloat(cs.paddingTop),
    kickerTop: parseFloat(getComputedStyle(k).paddingTop),
    kickerBottom: kicker.getBoundingClientRect().bottom - k.getBoundingClientRect().top,
  };
})()`;

describe.skipIf(!chromePath)("each theme's text box, as the overflow budgets take it", { timeout: 300_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ executablePath: chromePath });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('matches what Chromium lays out', async () => {
    for (const theme of listThemes()) {
      const html = await renderDeckHtml(deck(theme), { title: theme, embedFonts: false });
      const got = (await session.withPage({ width: 1280, height: 720 }, async (page) => {
        await page.emulateMedia({ media: 'print' });
        await loadHtml(page, html);
        return page.evaluate(PROBE);
      })) as Record<string, number>;
      const box = themeTokens(theme).textBox;
      const near = (a: number, b: number) => expect(Math.abs(a - b), `${theme}: ${a} vs ${b}`).toBeLessThan(1);
      near(got.body!, box.body);
      near(got.line!, box.line);
      near(got.letterSpacing!, box.letterSpacing);
      near(got.width!, box.width);
      near(got.heading!, box.heading);
      near(got.headingLine!, box.headingLine);
      // On a full slide the heading starts at the top padding, the first body line a heading line and margin below.
      near(got.paddingTop! + got.bodyGap!, box.bodyTop);
      // Body text ends above the footer.
      expect(box.bandTop, theme).toBeLessThanOrEqual(got.footerTop! + 1);
      // A kicker moves the content down by what the budgets count, and the content starts 10px below its text at least.
      near(got.kickerTop! - got.paddingTop!, box.kicker);
      expect(got.kickerTop! - got.kickerBottom!, theme).toBeGreaterThanOrEqual(10);
    }
  });
});
