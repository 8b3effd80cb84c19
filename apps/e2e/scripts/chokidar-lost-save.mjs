#!/usr/bin/env node
// Reproduces the lost-save problem the watch soak finds, with chokidar alone (the watcher `lectern watch` uses):
// a file alternately saved with new and with earlier content, read in between (as a rebuild does), sometimes
// gets no `change` event. Run: node apps/e2e/scripts/chokidar-lost-save.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli', 'package.json');
const { watch } = await import(createRequire(cli).resolve('chokidar'));
const dir = mkdtempSync(path.join(tmpdir(), 'chokidar-lost-'));
const file = path.join(dir, 'a.md');
writeFileSync(file, 'v0');
const watcher = watch([dir], { ignoreInitial: true });
let events = 0;
watcher.on('all', () => events++);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
watcher.on('ready', async () => {
  const lost = [];
  for (let i = 1; i <= 60; i++) {
    const text = i % 2 ? `bad ${i}` : 'good';
    const before = events;
    writeFileSync(file, text);
    await sleep(40);
    readFileSync(file);
    await sleep(10);
    if (events === before) lost.push(`#${i} (${text})`);
  }
  console.log(`${lost.length} of 60 saves gave no event${lost.length ? `: ${lost.join(', ')}` : ''}`);
  await watcher.close();
  rmSync(dir, { recursive: true, force: true });
});
