import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { resolveWatchOptions } from '../src/config/resolve-options.js';
import { DEFAULT_WATCH_FORMATS } from '../src/config/resolve-options.js';
import { type RebuiltEvent, startWatch, type WatchErrorEvent } from '../src/watch/start-watch.js';
import { ioFor } from './helpers.js';

// Watch mode keeps caches between saves (parsed files, the item bank, quiz files, rendered slides, Marp's render,
// the files on disk) and writes only what changed. Whatever it kept, the outputs after a run of edits must be,
// byte for byte, what a cold `lectern build` of the same content writes.

const NARRATIVE = 'amazon-aws-2023';
const SOURCE = fileURLToPath(new URL(`../../../content/${NARRATIVE}/`, import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-watch-eq-'));
const dir = path.join(root, 'content', NARRATIVE);
cpSync(SOURCE, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|\.turbo)$/.test(src) });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const S2 = path.join(dir, 'sections', '02-defend-base.md');
const S3 = path.join(dir, 'sections', '03-ai-second-front.md');
const META = path.join(dir, 'narrative.yaml');

/** Every file under `folder`, by relative path, as bytes; the lock and temp files of a writer are no output. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    files.set(path.relative(folder, file).split(path.sep).join('/'), readFileSync(file));
  }
  return files;
}

/** The files that differ between two snapshots (missing on one side, or other bytes). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => !a.has(n) || !b.has(n) || !a.get(n)!.equals(b.get(n)!));
}

/** A cold build of the content as it is now, with watch mode's formats, into a fresh folder. */
async function coldBuild(name: string): Promise<Map<string, Buffer>> {
  const out = path.join(root, name);
  const io = ioFor(root);
  const code = await runCli(['build', dir, '--out', out, '--formats', DEFAULT_WATCH_FORMATS.join(','), '--quiet'], io);
  expect(code, io.err()).toBe(0);
  return snapshot(path.join(out, NARRATIVE));
}

const edits: { what: string; file: string; edit: (text: string) => string }[] = [
  {
    what: 'prose of a cited paragraph',
    file: S2,
    edit: (t) => t.replace(' {#s2-p01}', '这一变化值得持续观察。 {#s2-p01}'),
  },
  {
    what: 'a fact (its chart label and statement)',
    file: S2,
    edit: (t) =>
      t
        .replace("label: 'Graviton2 对比 x86 实例'", "label: 'Graviton2 与 x86 实例'")
        .replace("statement: 'AWS自研芯片Graviton2", "statement: '亚马逊自研芯片Graviton2"),
  },
  {
    what: 'section frontmatter (title and a key point)',
    file: S3,
    edit: (t) =>
      t
        .replace(/^title: '([^']*)'/m, "title: '$1（修订）'")
        .replace(/^keyPoints:\n {2}- '/m, "keyPoints:\n  - '修订："),
  },
  {
    // The key-point generator's items change, so the quiz, its lint, the report and the checkpoints are made anew.
    what: 'a key point dropped (the quiz changes)',
    file: S2,
    edit: (t) => t.replace(/^ {2}- '2022年AWS推出超过3300个新功能和服务[^\n]*\n/m, ''),
  },
  {
    what: 'narrative.yaml (a cut title)',
    file: META,
    edit: (t) => t.replace("title: '高管速览'", "title: '高管速览（修订）'"),
  },
  {
    what: 'the cited paragraph back as it was',
    file: S2,
    edit: (t) => t.replace('这一变化值得持续观察。 {#s2-p01}', ' {#s2-p01}'),
  },
];

describe('watch mode writes what a cold build writes', () => {
  it('after each of a run of edits (prose, a fact, frontmatter, a key point, narrative.yaml, an edit undone), every output file is byte-identical', {
    timeout: 600_000,
  }, async () => {
    const out = path.join(root, 'out-watch');
    const options = await resolveWatchOptions({ narratives: [dir], out, debounce: 30 }, ioFor(root));
    expect(options.formats).toEqual(DEFAULT_WATCH_FORMATS);
    const events: (RebuiltEvent | WatchErrorEvent)[] = [];
    const watcher = startWatch(options, {});
    watcher.on('rebuilt', (e) => events.push(e));
    watcher.on('error', (e) => events.push(e));
    try {
      await watcher.ready;
      for (const [i, { what, file, edit }] of edits.entries()) {
        const text = readFileSync(file, 'utf8');
        const next = edit(text);
        expect(next, `edit ${i} (${what}) changes the file`).not.toBe(text);
        const from = events.length;
        writeFileSync(file, next);
        // Wait for the rebuild of this save: an event naming the file, then quiet (a second event if the
        // watcher saw the save twice).
        const deadline = Date.now() + 120_000;
        while (!events.slice(from).some((e) => e.changes.includes(file))) {
          if (Date.now() > deadline) throw new Error(`no rebuild within 120 s of edit ${i} (${what})`);
          await new Promise((r) => setTimeout(r, 50));
        }
        const event = events.slice(from).find((e) => e.changes.includes(file))!;
        expect('folders' in event, `edit ${i} (${what}) rebuilds: ${JSON.stringify(event)}`).toBe(true);
        await settled(events);
        const cold = await coldBuild(`out-cold-${i}`);
        expect(differences(snapshot(path.join(out, NARRATIVE)), cold), `after edit ${i} (${what})`).toEqual([]);
      }
    } finally {
      await watcher.close();
    }
  });
});

/** Waits until no event came for a while (the watcher's settle check looks again 150 ms after each rebuild). */
async function settled(events: unknown[]): Promise<void> {
  for (let seen = -1; seen !== events.length; ) {
    seen = events.length;
    await new Promise((r) => setTimeout(r, 600));
  }
}
