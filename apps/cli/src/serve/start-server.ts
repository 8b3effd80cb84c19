import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServeOptions } from '../config/resolve-options.js';
import { CliError } from '../errors.js';
import { startWatch, type Watcher } from '../watch/start-watch.js';
import { BuildStatus } from './build-status.js';
import { indexPage } from './index-page.js';
import { EVENTS_PATH, injectReload, RELOAD_SCRIPT, RELOAD_SCRIPT_PATH } from './inject-reload.js';
import { isLocalHost } from './host-check.js';
import { mimeType } from './mime.js';
import { openServedFile, type ServedFile } from './open-served-file.js';
import { resolveUnder } from './resolve-path.js';
import { SseHub } from './sse-hub.js';

export interface LecternServer {
  url: string;
  port: number;
  watcher: Watcher;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** Served HTML with the reload script, kept per file version: 2,000 requests for one deck share one buffer. */
const injected = new Map<string, Buffer>();
const INJECTED_ENTRIES = 16;

async function servedHtml(file: ServedFile, name: string): Promise<Buffer> {
  const key = `${name}\0${file.mtimeMs}\0${file.size}`;
  let body = injected.get(key);
  if (!body) {
    body = Buffer.from(injectReload(await file.handle.readFile('utf8')));
    if (injected.size >= INJECTED_ENTRIES) injected.delete(injected.keys().next().value as string);
    injected.set(key, body);
  }
  return body;
}

async function serveFile(out: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Note: the raw path, not URL's normalised one, so `/%2e%2e/` is seen and refused rather than resolved.
  const raw = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  const path = resolveUnder(out, raw);
  if (!path) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden\n');
  const file = await openServedFile(out, path);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
  const type = mimeType(path);
  if (type.startsWith('text/html')) {
    try {
      return send(res, 200, type, await servedHtml(file, path));
    } finally {
      await file.handle.close();
    }
  }
  // Other files are streamed, never read whole: memory stays flat however many requests come at once.
  res.writeHead(200, {
    'content-type': type,
    'content-length': file.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    await file.handle.close();
    res.end();
    return;
  }
  const stream = file.handle.createReadStream({ autoClose: true });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/**
 * Serves the output folder on 127.0.0.1 while watching the content: an index at `/`, live reload
 * through Server-Sent Events at `/__lectern/events` after every rebuild, and an error overlay over the open
 * pages while a rebuild fails. `port: 0` picks a free port.
 */
export async function startServer(
  options: ServeOptions,
  env: Record<string, string | undefined> = process.env,
): Promise<LecternServer> {
  const hub = new SseHub();
  const status = new BuildStatus();
  let port = options.port;
  const server = createServer((req, res) => {
    if (!isLocalHost(req.headers.host, port))
      return send(
        res,
        421,
        'text/plain; charset=utf-8',
        'Misdirected request: this server answers only http://127.0.0.1, localhost or [::1] on its port\n',
      );
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    if (pathname === EVENTS_PATH)
      return hub.add(
        res,
        status.current().map((failed) => ['build-error', failed]),
      );
    if (pathname === RELOAD_SCRIPT_PATH) return send(res, 200, 'text/javascript; charset=utf-8', RELOAD_SCRIPT);
    const handle =
      pathname === '/' || pathname === '/index.html'
        ? indexPage(options.out).then((html) => send(res, 200, 'text/html; charset=utf-8', html))
        : serveFile(options.out, req, res);
    handle.catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new CliError('serve/port-in-use', `port ${options.port} is already in use`, {
              hint: 'pass --port <n>, or --port 0 for a free port',
            })
          : error,
      ),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const watcher = startWatch(options, env);
  // A failed rebuild shows over the open pages (the last good output stays); the next good build clears it.
  watcher.on('error', (e) => hub.send('build-error', status.fail(e.narrativeId, e.dir, e.findings, e.error)));
  watcher.on('rebuilt', (e) => {
    if (status.pass(e.narrativeId)) hub.send('build-ok', { narrative: e.narrativeId });
    hub.send('reload', { narrative: e.narrativeId, folders: e.folders });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    watcher,
    async close() {
      await watcher.close();
      hub.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
