import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  memoryIo,
  resolveWatchOptions,
  runCli,
  startWatch,
  type RebuiltEvent,
  type WatchErrorEvent,
} from '@lectern/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDir, removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';

// A scripted run of edits (a quarter of them invalid) through the watch API. It must end with the outputs of a
// fresh build of the final content and leave no watcher, handle or timer behind. LECTERN_SOAK_EDITS sets the
// number of edits (default 20; `pnpm -F @lectern/e2e soak` runs 200).

const EDITS = Number(process.env.LECTERN_SOAK_EDITS) || 20;
const STRICT = process.env.LECTERN_SOAK_STRICT === '1';
/** How long a save may take to produce a rebuild or error event. */
const WAIT_MS = 20_000;
const FORMATS = 'md,html,json,print,quizhtml';
const S1 = 'sections/01-shop.md';
const S2 = 'sections/02-cloud.md';
const META = 'narrative.yaml';

let root: string;
let dir: string;
const originals: Record<string, string> = {};

beforeAll(async () => {
  root = await tempDir('lectern-soak-');
  dir = path.join(root, 'content', 'e2e-base');
  await copyDir(BASE_NARRATIVE, dir);
  for (const file of [S1, S2, META]) originals[file] = await readFile(path.join(dir, file), 'utf8');
});

afterAll(async () => {
  await removeDir(root);
});

/** Edit `i`: valid ones change a summary, a key point, a paragraph or the subtitle; every fourth breaks a file. */
function edit(i: number): { file: string; text: string; valid: boolean } {
  const n = `第${i}版`;
  if (i % 4 === 3) {
    const broken: [string, string][] = [
      [S1, originals[S1]!.replace("title: '书店'", "title: '书店")],
      [S2, originals[S2]!.replace('value: 60\n', 'value: 61\n')],
      [META, originals[META]!.replace('  - sections/02-cloud.md', '  - sections/03-missing.md')],
    ];
    const [file, text] = broken[(i >> 2) % broken.length]!;
    return { file, text, valid: false };
  }
  switch (i % 4) {
    case 0:
      return {
        file: S1,
        text: originals[S1]!.replace(
          "summary: '一家小书店十年间营收增长了一百倍。'",
          `summary: '一家小书店十年间营收增长了一百倍（${n}）。'`,
        ),
        valid: true,
      };
    case 1:
      return {
        file: S2,
        text: originals[S2]!.replace('2015年4月，书店推出了', `2015年4月（${n}），书店推出了`),
        valid: true,
      };
    default:
      return {
        file: META,
        text: originals[META]!.replace("subtitle: '端到端测试用的示例叙事'", `subtitle: '端到端测试用的示例叙事 ${n}'`),
        valid: true,
      };
  }
}

/** Counts of the process's active handles by type (timers, watchers, sockets…). */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
}

describe('watch soak', () => {
  it(
    `${EDITS} edits (${Math.floor(EDITS / 4)} invalid) end with the outputs of a fresh build, and nothing leaks`,
    async () => {
      const out = path.join(root, 'out-watch');
      const io = memoryIo({ cwd: root });
      const options = await resolveWatchOptions({ narratives: [dir], out, formats: FORMATS, debounce: 30 }, io);
      const before = resources();
      const events: (RebuiltEvent | WatchErrorEvent)[] = [];
      let wake: (() => void) | undefined;
      const watcher = startWatch(options, {});
      watcher.on('rebuilt', (e) => {
        events.push(e);
        wake?.();
      });
      watcher.on('error', (e) => {
        events.push(e);
        wake?.();
      });
      await watcher.ready;

      const waitFor = async (file: string, from: number): Promise<RebuiltEvent | WatchErrorEvent> => {
        const deadline = Date.now() + WAIT_MS;
        for (;;) {
          const hit = events.slice(from).find((e) => e.changes.some((c) => c.endsWith(file)));
          if (hit) return hit;
          if (Date.now() > deadline)
            throw new Error(`no rebuild or error event within ${WAIT_MS} ms of saving ${file}`);
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, 200);
          });
        }
      };

      let failures = 0;
      let lostSaves = 0;
      /** Writes `text`; when no event names the file within WAIT_MS (a save the file watcher missed), writes it again. */
      const lost: string[] = [];
      const save = async (file: string, text: string, label = file): Promise<RebuiltEvent | WatchErrorEvent> => {
        for (let attempt = 0; ; attempt++) {
          const from = events.length;
          await writeFile(path.join(dir, file), text);
          try {
            return await waitFor(file, from);
          } catch (error) {
            if (attempt >= 2) throw error;
            lostSaves++;
            lost.push(label);
          }
        }
      };
      let last = { ...originals };
      try {
        for (let i = 0; i < EDITS; i++) {
          const e = edit(i);
          const event = await save(e.file, e.text, `${i}:${e.valid ? 'valid' : 'invalid'}:${e.file}`);
          const failed =
            'error' in event ||
            event.findings.some(
              (f) => f.severity === 'error' && !f.rule.startsWith('deck/') && !f.rule.startsWith('quiz/'),
            );
          if (!e.valid) {
            failures++;
            expect(failed, `edit ${i} (invalid ${e.file}) reports an error`).toBe(true);
            expect((event as WatchErrorEvent).error, `edit ${i}: content findings, not an exception`).toBeUndefined();
            await save(e.file, last[e.file]!, `${i}:restore:${e.file}`);
          } else {
            expect(
              'folders' in event,
              `edit ${i} (valid ${e.file}) rebuilds: ${JSON.stringify((event as WatchErrorEvent).findings?.slice(0, 2))}`,
            ).toBe(true);
            last = { ...last, [e.file]: e.text };
          }
        }
      } finally {
        await watcher.close();
      }
      expect(failures).toBe(Math.floor(EDITS / 4));
      // Known issue: under load chokidar (fs.watch) sometimes reports no change for a save that follows another
      // one to the same file within ~100 ms; the save is then lost until the next one. Strict in `pnpm soak`.
      if (lostSaves > 0)
        console.warn(
          `watch soak: ${lostSaves} of ${EDITS + failures} saves produced no event and were written again (${lost.join(', ')})`,
        );
      // Closed handles finish closing asynchronously (later on a busy machine): wait until none is left over,
      // for up to 30 s, instead of sampling once.
      const leftOver = () => Object.entries(resources()).filter(([type, count]) => count > (before[type] ?? 0));
      for (const started = Date.now(); leftOver().length > 0 && Date.now() - started < 30_000; )
        await new Promise((r) => setTimeout(r, 50));
      const after = resources();
      for (const [type, count] of Object.entries(after)) {
        expect(count, `${type} handles left after close (before: ${before[type] ?? 0})`).toBeLessThanOrEqual(
          before[type] ?? 0,
        );
      }

      const fresh = path.join(root, 'out-fresh');
      const build = memoryIo({ cwd: root });
      expect(await runCli(['build', dir, '--out', fresh, '--formats', FORMATS, '--quiet'], build), build.err()).toBe(0);
      expect(diffSnapshots(await snapshotDir(fresh), await snapshotDir(out))).toEqual([]);
      if (STRICT) expect(lostSaves, 'saves the watcher missed').toBe(0);
    },
    Math.max(600_000, EDITS * 30_000),
  );
});
