import { type BrowserSession, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDeckHtml } from '../../src/html/render-deck-html.js';
import { chromePath } from './browser-gate.js';

const MARKDOWN = `---
marp: true
---

# 亚马逊的2022年

<!-- 开场：先讲增速。 -->

---

## 关键数字

- AWS 营收 801亿美元

<!-- 第二页的备注 -->

---

## Comparison

Azure 27% · Google Cloud 28%

<!-- Notes of slide three -->

---

## 总结

成本优化仍在继续。

<!-- 收尾 -->
`;

/** A Playwright page, as `withPage` hands it over (this package does not depend on Playwright itself). */
type Page = Parameters<Parameters<BrowserSession['withPage']>[1]>[0];

const URL_BASE = 'http://deck.test/deck.html';

/** Which slide a window shows, its screen state, and what its presenter panel says. */
async function state(page: Page) {
  return page.evaluate(() => ({
    hash: location.hash,
    active: Array.from(document.querySelectorAll('#deck > .marpit > svg')).findIndex((s) =>
      s.classList.contains('active'),
    ),
    screen: document.body.dataset.screen ?? 'normal',
    curtain: !(document.getElementById('curtain') as HTMLElement).hidden,
    counter: document.getElementById('presenter-counter')!.textContent,
    notes: document.getElementById('presenter-notes')!.textContent,
  }));
}

describe.skipIf(!chromePath)('deck.html player', { timeout: 300_000 }, () => {
  let session: BrowserSession;
  let html: string;
  beforeAll(async () => {
    html = await renderDeckHtml(MARKDOWN, { title: 'Player', embedFonts: false });
    session = await openBrowser({ executablePath: chromePath });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('keeps a presenter window and the audience window in sync both ways; overview and blackout work', async () => {
    await session.withPage({ width: 1280, height: 720 }, async (audience) => {
      const context = audience.context();
      // One origin for both windows, served from memory (the session's guard stops any other request).
      await context.route(`${URL_BASE}*`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      const problems: string[] = [];
      context.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      context.on('weberror', (e) => problems.push(String(e.error())));
      await audience.goto(`${URL_BASE}#1`);

      // p opens the presenter window at the current slide: next slide, notes, counter, timer.
      const [presenter] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('p')]);
      await presenter.waitForLoadState('load');
      expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
      await expect
        .poll(() => state(presenter))
        .toMatchObject({ active: 0, counter: '1 / 4', notes: '开场：先讲增速。' });
      expect(await presenter.locator('#presenter-next svg').count()).toBe(1);
      expect(await presenter.locator('#presenter').isVisible()).toBe(true);
      await expect.poll(() => presenter.locator('#presenter-timer').textContent()).toMatch(/^\d\d:\d\d$/);

      // Audience → presenter.
      await audience.keyboard.press('ArrowRight');
      await expect.poll(() => state(presenter)).toMatchObject({ active: 1, hash: '#2', notes: '第二页的备注' });
      // Presenter → audience.
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => state(audience)).toMatchObject({ active: 2, hash: '#3' });
      expect((await state(presenter)).counter).toBe('3 / 4');

      // Blackout from the presenter covers the audience window only; b again (from either) lifts it.
      await presenter.keyboard.press('b');
      await expect.poll(() => state(audience)).toMatchObject({ screen: 'black', curtain: true });
      expect(await state(presenter)).toMatchObject({ screen: 'black', curtain: false });
      // The deck is Chinese (the default language): so is what the player says.
      expect(await presenter.locator('#presenter-screen').textContent()).toBe('■ 黑屏');
      expect(await presenter.title()).toBe('Player — 演讲者视图');
      expect(await audience.locator('#announce').textContent()).toBe('第3页，共4页：Comparison');
      await audience.keyboard.press('.');
      await expect.poll(() => state(presenter)).toMatchObject({ screen: 'normal' });
      expect(await state(audience)).toMatchObject({ screen: 'normal', curtain: false });

      // Overview: o shows every slide as a button, focus on the current one; arrows move, Enter jumps.
      await audience.keyboard.press('o');
      const buttons = audience.locator('#overview button');
      await expect.poll(() => buttons.count()).toBe(4);
      expect(await audience.locator('#overview').isVisible()).toBe(true);
      expect(await audience.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('3: Comparison');
      expect(await buttons.nth(2).getAttribute('aria-current')).toBe('true');
      await audience.keyboard.press('ArrowRight');
      await audience.keyboard.press('Enter');
      await expect.poll(() => audience.locator('#overview').isVisible()).toBe(false);
      await expect.poll(() => state(audience)).toMatchObject({ active: 3, hash: '#4' });
      await expect.poll(() => state(presenter)).toMatchObject({ active: 3, notes: '收尾' });

      // g opens it too, in the presenter window; a click jumps, and Escape closes without moving.
      await presenter.keyboard.press('g');
      await presenter.locator('#overview button').nth(0).click();
      await expect.poll(() => state(audience)).toMatchObject({ active: 0, hash: '#1' });
      await audience.keyboard.press('g');
      await audience.keyboard.press('Escape');
      expect(await audience.locator('#overview').isVisible()).toBe(false);
      expect((await state(audience)).active).toBe(0);

      expect(problems).toEqual([]);
    });
    expect(session.blockedRequests).toEqual([]);
  });

  it('speaks the deck’s language: English labels for an English deck; ? shows the key help, Escape closes it', async () => {
    const english = await renderDeckHtml(MARKDOWN, { title: 'Player', lang: 'en', embedFonts: false });
    await session.withPage({ width: 1280, height: 720 }, async (page) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.route(`${URL_BASE}*`, (route) => route.fulfill({ contentType: 'text/html', body: english }));
      await page.goto(`${URL_BASE}#1`);
      expect(await page.locator('#presenter').getAttribute('aria-label')).toBe('Presenter view');
      expect(await page.locator('#overview').getAttribute('aria-label')).toBe('Slide overview');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('#announce').textContent()).toBe('Slide 2 of 4: 关键数字');

      await page.keyboard.press('?');
      const help = page.locator('#help');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await page.locator('#help-title').textContent()).toBe('Keyboard shortcuts');
      expect(await page.locator('#help dd').allTextContents()).toContain('Black screen');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('help-close');
      // Keys that would move the deck do nothing while the help is open.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await expect.poll(() => help.isVisible()).toBe(false);
      expect(await page.evaluate(() => location.hash)).toBe('#2');
      await page.keyboard.press('b');
      await expect.poll(() => page.evaluate(() => document.body.dataset.screen)).toBe('black');
      expect(problems).toEqual([]);
    });
    // The Chinese deck's help is Chinese; every label is escaped (none holds markup).
    expect(html).toContain('<h2 id="help-title">快捷键</h2>');
    expect(html).toContain('aria-label="演讲者视图"');
  });
});
