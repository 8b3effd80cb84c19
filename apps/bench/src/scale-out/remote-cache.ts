import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { BENCH_DIR } from '../measure/paths.js';

/** The `turborepo-remote-cache` server's entry point (its `bin`). */
export const REMOTE_CACHE_BIN = path.join(BENCH_DIR, 'node_modules', 'turborepo-remote-cache', 'dist', 'cli.js');

export interface RemoteCache {
  /** `TURBO_API`, `TURBO_TOKEN` and `TURBO_TEAM` for turbo runs that use this cache. */
  env: Record<'TURBO_API' | 'TURBO_TOKEN' | 'TURBO_TEAM', string>;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function waitReady(url: string, token: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the remote cache server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${url}/v8/artifacts/status`, { headers: { authorization: `Bearer ${token}` } });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the remote cache server did not answer within 60 s:\n${output()}`);
}

/**
 * Starts the maintained Turborepo remote cache server (`turborepo-remote-cache`) on 127.0.0.1 with its
 * artifacts in `storage`, guarded by a token made for this run; resolves when it answers.
 */
export async function startRemoteCache(storage: string): Promise<RemoteCache> {
  await mkdir(storage, { recursive: true });
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, [REMOTE_CACHE_BIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitReady(url, token, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: { TURBO_API: url, TURBO_TOKEN: token, TURBO_TEAM: 'lectern-bench' }, stop };
}
