import { EventEmitter } from 'node:events';
import path from 'node:path';
import { createParseCache, type Finding, hasErrors, type ParseCache } from '@lectern/narrative';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import type { WatchOptions } from '../config/resolve-options.js';
import { loadOne } from '../pipeline/load.js';
import { NarrativeBuilder, requestFrom } from '../pipeline/narrative-builder.js';
import { changedFolders, type OutputFiles } from '../pipeline/output-files.js';
import { writeChanged } from '../pipeline/write-changed.js';
import { writeOutputs } from '../pipeline/write-outputs.js';
import { recoverAllOutputs } from '../output/recover-outputs.js';
import { readStamp } from '../output/stamp.js';
import { deckAssetDirs } from './deck-assets.js';
import { changedFiles, type Fingerprint, fingerprintFiles, narrativeFingerprint } from './fingerprint.js';

export interface RebuiltEvent {
  narrativeId: string;
  dir: string;
  /** Output folders rewritten (unchanged folders are left alone). */
  folders: string[];
  /** Files written, relative to the output folder. */
  files: string[];
  /** Linter findings of the new build (warnings; errors do not stop watch mode). */
  findings: Finding[];
  /** The changed source files that caused the rebuild (empty for the first build). */
  changes: string[];
  ms: number;
}

export interface WatchErrorEvent {
  narrativeId: string;
  dir: string;
  /** Content findings when the narrative is invalid; the previous output stays as it was. */
  findings: Finding[];
  /** An exception, when the build itself failed. */
  error?: unknown;
  changes: string[];
}

export interface Watcher {
  on(event: 'rebuilt', listener: (e: RebuiltEvent) => void): Watcher;
  on(event: 'error', listener: (e: WatchErrorEvent) => void): Watcher;
  /** Resolves when the first build is done and the file watcher is ready. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Folders under a narrative that are not content: package installs, build caches, VCS. */
const IGNORED = /[\\/](node_modules|\.turbo|\.git)([\\/]|$)/;

interface State {
  dir: string;
  builder: NarrativeBuilder;
  /** Per-file parse results, so a save re-parses only the files it changed. */
  parseCache: ParseCache;
  last?: OutputFiles;
  /** The narrative id `last` was written under (narrative.yaml may rename it). */
  lastId?: string;
  /** Fingerprint of the files the last (re)build read. */
  fingerprint?: Fingerprint;
}

/** Longer than chokidar's per-file change throttle (50 ms), so a save it dropped has landed on disk. */
const SETTLE_MS = 150;
/** How long an invalid build waits to see whether a save was still being written when it read the files. */
const RETRY_MS = 50;

/**
 * Builds every narrative, then watches their folders (and the deck templates/themes) and rebuilds a
 * narrative after its files change, debounced. The first build replaces the output folders
 * atomically; later ones write only the files whose bytes changed, each atomically (temp + rename). Invalid content emits `error` with the findings; watching goes on.
 */
export function startWatch(options: WatchOptions, env: Record<string, string | undefined> = process.env): Watcher {
  const emitter = new EventEmitter();
  // Note: an 'error' event without a listener would throw; watch mode reports errors and goes on.
  emitter.on('error', () => undefined);
  const states = options.narrativeDirs.map((dir): State => ({ dir, builder: new NarrativeBuilder(), parseCache: createParseCache() }));
  const pending = new Map<State, Set<string>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  const settling = new Set<NodeJS.Timeout>();
  const assets = deckAssetDirs();

  async function rebuild(state: State, changes: string[]): Promise<void> {
    try {
      await build(state, changes);
    } finally {
      scheduleSettleCheck(state);
    }
  }

  /** After a rebuild, looks once more at the files: if they differ from what was built, builds again. */
  function scheduleSettleCheck(state: State): void {
    const timeout = setTimeout(async () => {
      settling.delete(timeout);
      if (closed || pending.has(state)) return;
      const missed = changedFiles(state.fingerprint ?? new Map(), await narrativeFingerprint(state.dir));
      for (const file of missed) onChange(file);
    }, SETTLE_MS);
    settling.add(timeout);
  }

  async function build(state: State, changes: string[]): Promise<void> {
    const started = performance.now();
    let loaded: Awaited<ReturnType<typeof loadOne>>;
    try {
      // The files are read once: the fingerprint and the parse both come from this read.
      loaded = await loadOne(state.dir, state.parseCache);
      state.fingerprint = fingerprintFiles(state.dir, loaded.files);
    } catch (error) {
      state.fingerprint = new Map();
      // Note: the folder may vanish while watching (renamed, deleted); report it and go on watching.
      emitter.emit('error', { narrativeId: path.basename(state.dir), dir: state.dir, findings: [], error, changes } satisfies WatchErrorEvent);
      return;
    }
    const base = { narrativeId: loaded.id, dir: state.dir, changes };
    if (!loaded.narrative || hasErrors(loaded.findings)) {
      // Note: a save can be caught half-way (truncated, then written); when the files moved on since
      // they were read, build again instead of reporting the half-written state.
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      const moved = closed ? [] : changedFiles(state.fingerprint, await narrativeFingerprint(state.dir));
      if (moved.length > 0) {
        for (const file of [...changes, ...moved]) onChange(file);
        return;
      }
      emitter.emit('error', { ...base, findings: loaded.findings } satisfies WatchErrorEvent);
      return;
    }
    try {
      const build = await state.builder.build(loaded.narrative, requestFrom(options, env));
      const previous = state.lastId === build.narrativeId ? state.last : undefined;
      const folders = changedFolders(previous, build.files, build.folders);
      const files = new Map([...build.files].filter(([key]) => folders.includes(key.split('/')[0]!)));
      let written: string[] = [];
      // The first build replaces whole folders (dropping stale files); later ones write only changed files.
      // Note: when the output folder was removed or replaced meanwhile, a whole write puts it back complete.
      const intact = previous !== undefined && (await readStamp(path.join(options.out, build.narrativeId))) === build.narrativeId;
      if (previous && intact && folders.length > 0) written = await writeChanged({ out: options.out, narrativeId: build.narrativeId, previous, next: build.files });
      else if (previous && !intact) written = await writeOutputs({ out: options.out, narrativeId: build.narrativeId, files: build.files, folders: build.folders });
      else if (folders.length > 0) written = await writeOutputs({ out: options.out, narrativeId: build.narrativeId, files, folders });
      state.last = build.files;
      state.lastId = build.narrativeId;
      emitter.emit('rebuilt', {
        ...base,
        folders,
        files: written.map((f) => path.relative(options.out, f).split(path.sep).join('/')),
        findings: [...loaded.findings, ...build.findings],
        ms: performance.now() - started,
      } satisfies RebuiltEvent);
    } catch (error) {
      emitter.emit('error', { ...base, findings: [], error } satisfies WatchErrorEvent);
    }
  }

  function enqueue(work: () => Promise<void>): Promise<void> {
    running = running.then(() => (closed ? undefined : work()));
    return running;
  }

  function flush(): void {
    timer = undefined;
    const batch = [...pending];
    pending.clear();
    void enqueue(async () => {
      for (const [state, files] of batch) await rebuild(state, [...files].sort());
    });
  }

  function onChange(file: string): void {
    const absolute = path.resolve(file);
    const inAssets = assets.some((a) => absolute.startsWith(a + path.sep));
    for (const state of states) {
      if (inAssets || absolute.startsWith(state.dir + path.sep)) {
        const set = pending.get(state) ?? new Set<string>();
        set.add(absolute);
        pending.set(state, set);
      }
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs);
  }

  let watcher: FSWatcher | undefined;
  const ready = enqueue(async () => {
    await recoverAllOutputs(options.out);
    for (const state of states) await rebuild(state, []);
  }).then(
    () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        // Note: narrative folders are workspace packages, so they hold node_modules (symlinks back into the
        // workspace: following them loops); only the content files matter.
        watcher = chokidarWatch([...states.map((s) => s.dir), ...assets], { ignoreInitial: true, followSymlinks: false, ignored: IGNORED });
        watcher.on('all', (_event, file) => onChange(file));
        watcher.on('ready', () => resolve());
      }),
  );

  const api: Watcher = {
    on(event: string, listener: (e: never) => void) {
      emitter.on(event, listener as (...args: unknown[]) => void);
      return api;
    },
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const t of settling) clearTimeout(t);
      await ready.catch(() => undefined);
      await watcher?.close();
      await running.catch(() => undefined);
      emitter.removeAllListeners();
    },
  } as Watcher;
  return api;
}
