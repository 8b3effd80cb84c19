import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LecternServer, memoryIo, resolveServeOptions, startServer } from '@lectern/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { CLI_BIN } from '../../src/paths.js';
import { lectern, makeProject, type Project, waitFor } from '../support/project.js';

// Issue #10, items 4, 5 and 10: `serve` follows no link out of the output folder, answers only its own host
// names, and streams files instead of holding them in memory.

let p: Project;
let server: LecternServer;
let secret: string;

function get(urlPath: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: urlPath, headers: host === undefined ? {} : { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  p = await makeProject('lectern-serve-');
  expect((await lectern(p.root, ['build', '--formats', 'md,html,json', '--quiet'])).code).toBe(0);
  secret = await mkdtemp(path.join(tmpdir(), 'lectern-secret-'));
  await writeFile(path.join(secret, 'passwd'), 'root:SECRET-OUTSIDE-OUT\n');
  const out = path.join(p.root, 'out');
  await symlink(secret, path.join(out, 'x'));
  const options = await resolveServeOptions({ port: 0, formats: 'md,html,json' }, memoryIo({ cwd: p.root }));
  server = await startServer(options, {});
  await server.watcher.ready;
  // After the first build of serve's watcher, which swaps in a fresh out/e2e-base.
  await symlink(path.join(secret, 'passwd'), path.join(out, 'e2e-base', 'deck', 'linked.txt'));
}, 180_000);

afterAll(async () => {
  await server?.close();
  await removeDir(p.root);
  await rm(secret, { recursive: true, force: true });
});

describe('serve and symbolic links', () => {
  it('does not follow a link inside out/ to a folder outside (`ln -s / out/x`)', async () => {
    const res = await get('/x/passwd');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('does not follow a link to a file outside', async () => {
    const res = await get('/e2e-base/deck/linked.txt');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('still serves the outputs themselves', async () => {
    expect((await get('/e2e-base/quiz/quiz.json')).status).toBe(200);
    expect((await get('/e2e-base/deck/deck.html')).body).toContain('/__lectern/reload.js');
  });
});

describe('serve and the Host header (DNS rebinding)', () => {
  it('answers 127.0.0.1, localhost and [::1] on its port', async () => {
    for (const host of [
      `127.0.0.1:${server.port}`,
      `localhost:${server.port}`,
      `[::1]:${server.port}`,
      `LOCALHOST:${server.port}`,
    ]) {
      expect((await get('/e2e-base/quiz/quiz.json', host)).status, host).toBe(200);
    }
  });

  it('refuses any other host name, and its own names on another port, with 421', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
      `localhost.evil.example:${server.port}`,
    ]) {
      const res = await get('/e2e-base/quiz/quiz.json', host);
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('"items"');
    }
    expect((await get('/', 'evil.example')).status).toBe(421);
    expect((await get('/__lectern/events', 'evil.example')).status).toBe(421);
  });
});

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe.runIf(process.platform === 'linux')('serve memory', () => {
  it('streams files: 60 stalled downloads of a 40 MB file do not hold 60 copies in memory', async () => {
    const root = p.root;
    const big = path.join(root, 'out', 'e2e-base', 'deck', 'slides');
    await mkdir(big, { recursive: true });
    await writeFile(path.join(big, '001.png'), Buffer.alloc(40 * 1024 * 1024, 7));
    const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--formats', 'md', '--quiet'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      printed += d;
    });
    try {
      await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.test(printed), 'serve to start', 120_000);
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(printed)![1]);
      const before = rssMb(child.pid!);
      let answered = 0;
      const sockets = Array.from({ length: 60 }, () => {
        const req = request({ host: '127.0.0.1', port, path: '/e2e-base/deck/slides/001.png' }, (res) => {
          answered++;
          res.pause();
        });
        req.on('error', () => undefined);
        req.end();
        return req;
      });
      // Every response has begun: a server that reads files whole has read all 60 by now.
      await waitFor(() => answered === 60, 'all 60 responses to begin', 120_000);
      const peak = Math.max(rssMb(child.pid!), before);
      for (const s of sockets) s.destroy();
      // Buffered, 60 × 40 MB = 2.4 GB; streamed, a few MB per socket at most.
      expect(peak - before).toBeLessThan(600);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
    }
  }, 240_000);
});

it('keeps the fixtures of this file to itself', async () => {
  expect(await readFile(path.join(secret, 'passwd'), 'utf8')).toContain('SECRET');
});
