import { rm, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { memoryIo, type RebuiltEvent, resolveWatchOptions, startWatch } from '@lectern/cli';
import { DEFAULT_NARRATIVE } from '../measure/paths.js';
import { type CpuProfile, type ProfileSummary, summariseProfile } from '../profile/summarise-profile.js';
import { copyContent, EDITED_FILE, editParagraph } from './edit-loop.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Where a watch rebuild's time goes: `lectern watch` in this process on a copy of the default narrative;
 * after `warmup` saves, the V8 profiler runs over `edits` more (the first build and the warm-up are left out).
 */
export async function profileWatch(edits: number, warmup = 3): Promise<ProfileSummary> {
  const { tmp, content } = await copyContent();
  const io = memoryIo({ cwd: tmp });
  const options = await resolveWatchOptions(
    { content, out: path.join(tmp, 'out'), narratives: [DEFAULT_NARRATIVE] },
    io,
  );
  const watcher = startWatch(options, {});
  const session = new Session();
  let waiting: ((e: RebuiltEvent) => void) | undefined;
  watcher.on('rebuilt', (e) => {
    if (e.changes.length > 0) waiting?.(e);
  });
  try {
    await watcher.ready;
    const file = path.join(content, DEFAULT_NARRATIVE, ...EDITED_FILE);
    const original = await readFile(file, 'utf8');
    session.connect();
    await session.post('Profiler.enable');
    for (let i = 1; i <= warmup + edits; i++) {
      if (i === warmup + 1) await session.post('Profiler.start');
      const done = new Promise<RebuiltEvent>((resolve, reject) => {
        waiting = resolve;
        setTimeout(() => reject(new Error(`no rebuilt event within 30 s of edit ${i}`)), 30_000).unref();
      });
      await writeFile(file, editParagraph(original, i));
      await done;
      await sleep(200);
    }
    const { profile } = await session.post('Profiler.stop');
    return summariseProfile(profile as CpuProfile);
  } finally {
    session.disconnect();
    await watcher.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
