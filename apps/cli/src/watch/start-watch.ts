import { EventEmitter } from 'node:events';
import path from 'node:path';
import { assetDirs } from '@lectern/course';
import type { Finding } from '@lectern/narrative';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { fontCacheDir } from '../config/cache-dir.js';
import type { WatchOptions } from '../config/resolve-options.js';
import { recoverAllOutputs } from '../output/recover-outputs.js';
import { type NarrativeOutcome, NarrativePipeline } from '../pipeline/narrative-pipeline.js';
import { awaitQuiet } from './await-quiet.js';
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
  /** Content or build findings (at least one error) when the narrative was not built; the previous output stays as it was. */
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
  /** The same load → check → build → write path `lectern build` takes, kept warm between saves. */
  pipeline: NarrativePipeline;
  /** Fingerprint of the files the last (re)build read. */
  fingerprint?: Fingerprint;
}

/** Longer than chokidar's per-file change throttle (50 ms), so a save it dropped has landed on disk. */
const SETTLE_MS = 150;

/**
 * Builds every narrative, then watches their folders (and the deck templates/themes) and rebuilds a
 * narrative after its files change, debounced. The first build replaces the output folders
 * atomically; later ones write only the files whose bytes changed, each atomically (temp + rename). Invalid content emits `error` with the findings; watching goes on.
 */
export function startWatch(options: WatchOptions, env: Record<string, string | undefined> = process.env): Watcher {
  const emitter = new EventEmitter();
  // Note: an 'error' event without a listener would throw; watch mode reports errors and goes on.
  emitter.on('error', () => undefined);
  const fonts = fontCacheDir(env);
  const context = { env, ...(fonts === undefined ? {} : { fontCacheDir: fonts }) };
  const states = options.narrativeDirs.map(
    (dir): State => ({ dir, pipeline: new NarrativePipeline(dir, options, context) }),
  );
  const pending = new Map<State, Set<string>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  const settling = new Set<NodeJS.Timeout>();
  const assets = assetDirs();

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
      const missed = changedFiles(
        state.fingerprint ?? new Map(),
        await narrativeFingerprint(state.dir, state.pipeline.parseCache),
      );
      for (const file of missed) onChange(file);
    }, SETTLE_MS);
    settling.add(timeout);
  }

  async function build(state: State, changes: string[]): Promise<void> {
    let outcome: NarrativeOutcome;
    try {
      outcome = await state.pipeline.run();
    } catch (error) {
      // Note: the folder may vanish while watching (renamed, deleted); report it and go on watching. A
      // failure after the files were read keeps their fingerprint, so the settle check does not retry it.
      const loaded = state.pipeline.loaded;
      state.fingerprint = loaded ? fingerprintFiles(state.dir, loaded.sources) : new Map();
      emitter.emit('error', {
        narrativeId: loaded?.id ?? path.basename(state.dir),
        dir: state.dir,
        findings: [],
        error,
        changes,
      } satisfies WatchErrorEvent);
      return;
    }
    // The files are read once: the fingerprint and the parse both come from this read.
    state.fingerprint = fingerprintFiles(state.dir, outcome.sources);
    const base = { narrativeId: outcome.id, dir: state.dir, changes };
    if (!outcome.ok) {
      // Note: a save can be caught half-way (truncated, then written; slow under load): before reporting errors,
      // wait for the files to be quiet, and build again instead when they moved on since they were read.
      const moved = closed
        ? []
        : await awaitQuiet(state.dir, state.fingerprint, () => closed, state.pipeline.parseCache);
      if (moved.length > 0) {
        for (const file of [...changes, ...moved]) onChange(file);
        return;
      }
    }
    if (!outcome.ok) {
      emitter.emit('error', { ...base, findings: outcome.findings } satisfies WatchErrorEvent);
      return;
    }
    emitter.emit('rebuilt', {
      ...base,
      folders: outcome.folders,
      files: outcome.written,
      findings: outcome.findings,
      ms: outcome.ms,
    } satisfies RebuiltEvent);
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
        watcher = chokidarWatch([...states.map((s) => s.dir), ...assets], {
          ignoreInitial: true,
          followSymlinks: false,
          ignored: IGNORED,
        });
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
