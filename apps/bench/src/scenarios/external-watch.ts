import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CLI_BIN } from '../measure/paths.js';

/** The sentence `editParagraph` adds on odd edits and removes on even ones. */
export const EDIT_MARKER = '这一变化值得持续观察。';

export interface ExternalWatch {
  /** Writes `text` to `file` and resolves with the ms until every output holds the edit (`present` = marker shown). */
  save(file: string, text: string, present: boolean): Promise<number>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cheap identity of a file's current version: inode (atomic writes rename), size and mtime. */
function stamp(file: string): string {
  if (!existsSync(file)) return '';
  const s = statSync(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/** Waits until `lectern watch` prints that it is watching (the first build done), or fails with its output. */
function ready(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`lectern watch not ready after ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/watching \d+ narrative/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lectern watch exited (${code}) before it was ready:\n${out}`));
    });
  });
}

/**
 * Starts `lectern watch` as its own process. Each `save` is timed from this process, which is not the
 * watcher: it writes the source file, then polls the outputs' file stamps every millisecond and, when
 * every output has a new version, reads them to confirm the edit is in (or out of) them.
 */
export async function startExternalWatch(args: string[], outputs: string[], cwd: string): Promise<ExternalWatch> {
  const child = spawn(process.execPath, [CLI_BIN, 'watch', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  await ready(child, 300_000);
  // Note: the first build's output is the baseline; the watcher may still be looking at its own writes.
  await sleep(500);
  return {
    async save(file, text, present) {
      const before = outputs.map(stamp);
      const started = performance.now();
      await writeFile(file, text);
      const deadline = started + 30_000;
      const changed = new Set<number>();
      while (changed.size < outputs.length) {
        if (performance.now() > deadline) throw new Error(`outputs not rewritten within 30 s: ${outputs.join(', ')}`);
        outputs.forEach((f, i) => {
          if (!changed.has(i) && stamp(f) !== before[i]) changed.add(i);
        });
        if (changed.size < outputs.length) await sleep(1);
      }
      const ms = performance.now() - started;
      for (const f of outputs) {
        const shown = (await readFile(f, 'utf8')).includes(EDIT_MARKER);
        if (shown !== present) throw new Error(`${path.basename(f)} rewritten without the edit`);
      }
      return ms;
    },
    async close() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    },
  };
}
