import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { awaitQuiet } from '../src/watch/await-quiet.js';
import { narrativeFingerprint } from '../src/watch/fingerprint.js';
import { tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function project() {
  const p = tempProject();
  cleanup = p.cleanup;
  const dir = path.join(p.dir, 'content', 'mini');
  const file = path.join(dir, 'sections', '02-the-cloud.md');
  return { dir, file, text: readFileSync(file, 'utf8') };
}

/** Every file's modification time set a minute back, as if the last save were long done. */
function age(files: Iterable<string>): void {
  const past = new Date(Date.now() - 60_000);
  for (const f of files) utimesSync(f, past, past);
}

describe('awaitQuiet (a failed build waits for a save still being written)', () => {
  it('returns at once with nothing moved when the files are as read and long quiet', async () => {
    const { dir } = project();
    const read = await narrativeFingerprint(dir);
    age(read.keys());
    expect(await awaitQuiet(dir, read, () => false)).toEqual([]);
  });

  it('names the file when a save read half-written (empty) is completed meanwhile', async () => {
    const { dir, file, text } = project();
    writeFileSync(file, '');
    const read = await narrativeFingerprint(dir);
    // The rest of the save lands while the watcher waits.
    setTimeout(() => writeFileSync(file, text), 100);
    expect(await awaitQuiet(dir, read, () => false)).toEqual([file]);
  });

  it('names the file when a save read half-written (cut short) is completed meanwhile', async () => {
    const { dir, file, text } = project();
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const read = await narrativeFingerprint(dir);
    setTimeout(() => writeFileSync(file, text), 30);
    expect(await awaitQuiet(dir, read, () => false)).toEqual([file]);
  });

  it('gives up when told to stop', async () => {
    const { dir, file } = project();
    writeFileSync(file, '');
    const read = await narrativeFingerprint(dir);
    expect(await awaitQuiet(dir, read, () => true)).toEqual([]);
  });
});
