import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveServeOptions } from '../src/config/resolve-options.js';
import { BuildStatus } from '../src/serve/build-status.js';
import { startServer, type LecternServer } from '../src/serve/start-server.js';
import { ioFor, tempProject } from './helpers.js';

let server: LecternServer | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  cleanup?.();
});

describe('BuildStatus', () => {
  it('keeps a failed build per narrative with file:line:col, errors first, notes left out; a good build clears it', () => {
    const status = new BuildStatus();
    const failed = status.fail('mini', '/c/mini', [
      {
        rule: 'deck/overflow',
        severity: 'warning',
        message: 'dense',
        loc: { file: 'sections/01.md', line: 9, column: 1 },
      },
      {
        rule: 'schema/required',
        severity: 'error',
        message: 'title missing',
        hint: 'add title',
        loc: { file: 'sections/01.md', line: 2, column: 1 },
      },
      {
        rule: 'import/review',
        severity: 'info',
        message: 'check me',
        loc: { file: 'sections/01.md', line: 5, column: 3 },
      },
    ]);
    expect(failed.problems).toEqual([
      {
        where: 'mini/sections/01.md:2:1',
        severity: 'error',
        message: 'title missing',
        rule: 'schema/required',
        hint: 'add title',
      },
      { where: 'mini/sections/01.md:9:1', severity: 'warning', message: 'dense', rule: 'deck/overflow' },
    ]);
    expect(status.current()).toHaveLength(1);
    expect(status.pass('mini')).toBe(true);
    expect(status.pass('mini')).toBe(false);
    expect(status.current()).toEqual([]);
  });
});

describe('serve error overlay', () => {
  it('sends a failed rebuild to the open preview (shown by the served script) and clears it on the next good build', {
    timeout: 240_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const options = await resolveServeOptions({ formats: 'md,html', debounce: 50, port: 0 }, ioFor(p.dir));
    server = await startServer(options, {});
    await server.watcher.ready;

    const script = await new Promise<string>((resolve, reject) => {
      http
        .get(`${server!.url}__lectern/reload.js`, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
    expect(script).toContain('lectern-error-overlay');
    expect(script).toContain('textContent');
    expect(script).not.toContain('innerHTML');

    const file = path.join(p.dir, 'content/mini/sections/02-the-cloud.md');
    const good = readFileSync(file, 'utf8');
    const text = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no build-ok event')), 180_000);
      http.get(`${server!.url}__lectern/events`, (res) => {
        let seen = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          seen += chunk;
          if (seen.includes('event: build-error') && !seen.includes('fixed')) {
            seen += '\n(fixed)\n';
            writeFileSync(file, good);
          }
          if (seen.includes('event: build-ok')) {
            clearTimeout(timer);
            res.destroy();
            resolve(seen);
          }
        });
        setTimeout(() => writeFileSync(file, good.replace("title: 'The cloud'", "title: ''")), 100);
      });
    });
    const error = /event: build-error\ndata: (.+)\n/.exec(text)?.[1];
    const payload = JSON.parse(error ?? '{}') as {
      narrative: string;
      problems: { where: string; severity: string; message: string; hint?: string }[];
    };
    expect(payload.narrative).toBe('mini');
    expect(payload.problems[0]).toMatchObject({
      severity: 'error',
      where: expect.stringMatching(/^mini\/sections\/02-the-cloud\.md:\d+:\d+$/),
    });
    expect(payload.problems[0]!.hint).toBeTruthy();
    expect(text).toMatch(/event: build-ok\ndata: \{"narrative":"mini"\}/);
  });
});
