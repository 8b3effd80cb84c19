import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BrowserSession, findChrome, openBrowser } from '@lectern/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { plainFormats } from '../support/corpus.js';
import { buildInjected, type Kind } from '../support/injected-build.js';

// Headless Chromium proves that the generated pages run no injected script and make no network request,
// even after every button and choice of the quiz has been clicked.

const chrome = findChrome();
if (!chrome) {
  if (process.env.CI)
    throw new Error(
      'CI is set but no Chromium was found: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH.',
    );
  console.warn(
    'Skipping the browser injection tests: no Chromium found (apt-get install -y chromium, or set CHROME_PATH).',
  );
}

interface PageReport {
  alerts: string[];
  scripts: number;
  liveHandlers: number;
  javascriptLinks: number;
  smuggledImages: number;
  slidesWithClassX: number;
  text: string;
  errors: string[];
}

/** Hooks alert/confirm/prompt and records what the page did; a string because this package has no DOM lib. */
const HOOK = `(() => {
  window.__alerts = [];
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = (m) => { window.__alerts.push(name + ':' + m); };
})()`;

const REPORT = `(() => ({
  alerts: window.__alerts,
  scripts: document.querySelectorAll('script').length,
  liveHandlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length,
  javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  smuggledImages: document.querySelectorAll('img[src="x"]').length,
  slidesWithClassX: document.querySelectorAll('section.x').length,
  text: document.body.innerText,
}))()`;

/** Clicks every button, radio and checkbox, then submits/reveals whatever the page offers. */
const CLICK_ALL = `(async () => {
  const controls = [...document.querySelectorAll('button, input[type=radio], input[type=checkbox], summary, [role=button]')];
  for (const c of controls) { try { c.click(); } catch {} await new Promise((r) => setTimeout(r, 0)); }
  for (const i of document.querySelectorAll('input[type=text], input:not([type]), input[type=number], textarea')) {
    i.value = '<img src=x onerror=alert(2)>'; i.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (const c of document.querySelectorAll('button')) { try { c.click(); } catch {} }
  await new Promise((r) => setTimeout(r, 50));
  return controls.length;
})()`;

const PAGE_URL = 'http://lectern-e2e.invalid/page.html';

let session: BrowserSession | undefined;
let root = '';
const outputs: Record<Kind, string> = { safe: '', injected: '' };
const formats = plainFormats().split(',');

beforeAll(async () => {
  if (!chrome) return;
  const built = await buildInjected(formats.filter((f) => f === 'html' || f === 'quizhtml').join(','));
  root = built.root;
  Object.assign(outputs, built.outputs);
  session = await openBrowser({ executablePath: chrome });
}, 600_000);

afterAll(async () => {
  await session?.close();
  if (root) await removeDir(root);
});

async function visit(kind: Kind, file: string, interact: boolean): Promise<PageReport> {
  return visitHtml(await readFile(path.join(outputs[kind], file), 'utf8'), interact);
}

function visitHtml(html: string, interact: boolean): Promise<PageReport> {
  return session!.withPage({ width: 1280, height: 720 }, async (page) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript(HOOK);
    // Served by a route on this page (which takes precedence over the context's network guard), so the init
    // script runs on a real navigation; every other request still meets the guard.
    await page.route(PAGE_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    if (interact) await page.evaluate(CLICK_ALL);
    const report = (await page.evaluate(REPORT)) as Omit<PageReport, 'errors'>;
    return { ...report, errors };
  });
}

const pages = [
  ['deck/deck.html', false],
  ['deck-short/deck.html', false],
  ['quiz/quiz.html', true],
] as const;

describe.runIf(chrome !== undefined)('generated pages in headless Chromium', () => {
  it('the probe itself sees an injected script, handler and request (control)', async () => {
    const before = session!.blockedRequests.length;
    const report = await visitHtml('<body><script>alert(1)</script><img src=x onerror=alert(2)><p>t</p></body>', false);
    expect(report.alerts).toContain('alert:1');
    expect(report.liveHandlers).toBe(1);
    expect(session!.blockedRequests.slice(before).filter((u) => u !== PAGE_URL).length).toBeGreaterThan(0);
  });

  for (const [file, interact] of pages) {
    it(`${file} runs no injected script, adds no element and makes no request`, async () => {
      const before = session!.blockedRequests.length;
      const safe = await visit('safe', file, interact);
      const injected = await visit('injected', file, interact);
      expect(injected.alerts, 'alert/confirm/prompt calls').toEqual([]);
      expect(injected.errors, 'page errors and dialogs').toEqual([]);
      expect(injected.scripts, 'script elements').toBe(safe.scripts);
      expect(injected.liveHandlers, 'elements with inline event handlers').toBe(safe.liveHandlers);
      expect(injected.javascriptLinks).toBe(0);
      expect(injected.smuggledImages).toBe(0);
      expect(injected.slidesWithClassX).toBe(0);
      expect(
        session!.blockedRequests.slice(before).filter((u) => u !== PAGE_URL),
        'network requests',
      ).toEqual([]);
      // The payloads are shown to the reader as the literal text they are.
      expect(injected.text).toContain('<script>alert(1)</script>');
      expect(injected.text).toContain('<img src=x onerror=alert(1)>');
      expect(injected.text).toContain('{{{x}}}');
    });
  }
});
