import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveServeOptions, resolveWatchOptions } from '../src/config/resolve-options.js';
import { startServer, type LecternServer } from '../src/serve/start-server.js';
import { type RebuiltEvent, startWatch, type Watcher, type WatchErrorEvent } from '../src/watch/start-watch.js';
import { ioFor, tempProject } from './helpers.js';

let watcher: Watcher | undefined;
let server: LecternServer | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await watcher?.close();
  await server?.close();
  watcher = undefined;
  server = undefined;
  cleanup?.();
});

/** The next event of that name, or a rejection after `ms`. */
function next<T>(w: Watcher, event: 'rebuilt' | 'error', ms = 90_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} event within ${ms}ms`)), ms);
    w.on(
      event as 'rebuilt',
      ((e: T) => {
        clearTimeout(timer);
        resolve(e);
      }) as never,
    );
  });
}

/** GET with the path sent as written (a URL string would have its `..` resolved by the client). */
function get(url: string, rawPath?: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: u.hostname, port: u.port, path: rawPath ?? u.pathname }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

const SECTION = 'content/mini/sections/02-the-cloud.md';

describe('watch', () => {
  it('rebuilds on save, reports invalid content while keeping the output, and recovers', {
    timeout: 240_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const options = await resolveWatchOptions({ formats: 'md,html', debounce: 50 }, ioFor(p.dir));
    watcher = startWatch(options, {});
    const first = next<RebuiltEvent>(watcher, 'rebuilt');
    await watcher.ready;
    expect((await first).folders).toEqual(['deck', 'deck-executive']);
    const deckMd = path.join(p.dir, 'out/mini/deck/deck.md');
    expect(existsSync(deckMd)).toBe(true);

    const file = path.join(p.dir, SECTION);
    const original = readFileSync(file, 'utf8');
    let rebuilt = next<RebuiltEvent>(watcher, 'rebuilt');
    writeFileSync(file, original.replace("title: 'The cloud'", "title: 'The cloud grows'"));
    const e = await rebuilt;
    expect(e.changes).toEqual([file]);
    expect(readFileSync(deckMd, 'utf8')).toContain('The cloud grows');
    const good = readFileSync(deckMd, 'utf8');

    const failed = next<WatchErrorEvent>(watcher, 'error');
    writeFileSync(file, original.replace('paragraph: cloud-profit\n', 'paragraph: no-such-paragraph\n'));
    const err = await failed;
    expect(err.findings.some((f) => f.severity === 'error' && f.loc?.file === 'sections/02-the-cloud.md')).toBe(true);
    expect(readFileSync(deckMd, 'utf8')).toBe(good);

    rebuilt = next<RebuiltEvent>(watcher, 'rebuilt');
    writeFileSync(file, original.replace("title: 'The cloud'", "title: 'The cloud is back'"));
    await rebuilt;
    expect(readFileSync(deckMd, 'utf8')).toContain('The cloud is back');
  });
});

describe('serve', () => {
  it('serves the index and pages with live reload, refuses traversal, and sends reload after a rebuild', {
    timeout: 240_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const options = await resolveServeOptions({ formats: 'md,html', debounce: 50, port: 0 }, ioFor(p.dir));
    server = await startServer(options, {});
    await server.watcher.ready;
    expect(server.port).toBeGreaterThan(0);

    const index = await get(server.url);
    expect(index.status).toBe(200);
    expect(index.body).toContain('href="/mini/deck/deck.html"');
    expect(index.body).toContain('Content-Security-Policy');

    const page = await get(`${server.url}mini/deck/deck.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__lectern/reload.js"></script></body>');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.body)?.[1] ?? '';
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp).toMatch(/connect-src [^;]*'self'/);
    expect(readFileSync(path.join(p.dir, 'out/mini/deck/deck.html'), 'utf8')).not.toContain('__lectern');

    for (const raw of [
      '/../../etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/mini/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/mini/..%5c..%5cx',
    ]) {
      expect((await get(server.url, raw)).status, raw).toBe(403);
    }
    expect((await get(`${server.url}mini/nothing.html`)).status).toBe(404);

    const message = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reload event')), 90_000);
      http.get(`${server!.url}__lectern/events`, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: reload')) {
            clearTimeout(timer);
            res.destroy();
            resolve(text);
          }
        });
        // Once connected, edit the content.
        const file = path.join(p.dir, SECTION);
        setTimeout(
          () => writeFileSync(file, readFileSync(file, 'utf8').replace("title: 'The cloud'", "title: 'Live'")),
          100,
        );
      });
    });
    expect(await message).toMatch(/event: reload\ndata: \{"narrative":"mini"/);
  });
});
