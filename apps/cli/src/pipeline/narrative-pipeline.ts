import path from 'node:path';
import {
  type BuildContext,
  type CourseBuild,
  CourseBuilder,
  changedFolders,
  DEFAULT_FORMATS,
  type OutputFiles,
  topFolder,
} from '@lectern/course';
import { createParseCache, hasErrors, type Narrative } from '@lectern/narrative';
import type { BuildOptions } from '../config/resolve-options.js';
import { cutsAsUsage } from '../errors.js';
import { readStamp } from '../output/stamp.js';
import type { NarrativeFindings } from '../report/reporter.js';
import { FolderWrites } from './folder-writes.js';
import { loadOne } from './load.js';
import { writeChanged } from './write-changed.js';
import { writeOutputs } from './write-outputs.js';

/** What one run of a narrative through the pipeline did. */
export interface NarrativeOutcome extends NarrativeFindings {
  id: string;
  /** Whether the content loaded without errors, the build found none, and the outputs were written. */
  ok: boolean;
  /** The build, when the content loaded without errors (it renders nothing when its own findings hold one). */
  build?: CourseBuild;
  /** Output folders rewritten (unchanged folders are left alone). */
  folders: string[];
  /** Written files, relative to the output folder. */
  written: string[];
  /** The source files read, by path relative to the narrative folder (watch mode fingerprints them). */
  sources: Record<string, string>;
  ms: number;
}

/**
 * One narrative through load → check → build → write: `lectern build` runs it once, watch mode keeps one
 * per narrative and runs it after every save. What carries over between runs (the parse cache, the
 * course builder's bank, quiz and renderers, the last written files) only saves work: each run writes
 * what a fresh build would. Content or build errors write nothing, so the last good output stays.
 */
export class NarrativePipeline {
  private readonly builder = new CourseBuilder();
  /** Per-file parse results kept between runs (watch mode's look at the files after a rebuild uses it too). */
  readonly parseCache = createParseCache();
  private last: { id: string; files: OutputFiles } | undefined;
  /** The id and source files of the current run once loaded; undefined while loading, or when loading failed. */
  loaded: { id: string; sources: Record<string, string> } | undefined;

  constructor(
    readonly dir: string,
    private readonly options: BuildOptions,
    private readonly context: BuildContext = {},
  ) {}

  /** Loads, checks, builds and writes; throws only for failures that are not about the content. */
  async run(): Promise<NarrativeOutcome> {
    const started = performance.now();
    this.loaded = undefined;
    const loaded = await loadOne(this.dir, this.parseCache);
    this.loaded = { id: loaded.id, sources: loaded.files };
    const outcome: NarrativeOutcome = {
      id: loaded.id,
      dir: this.dir,
      findings: loaded.findings,
      ok: false,
      folders: [],
      written: [],
      sources: loaded.files,
      ms: 0,
    };
    if (loaded.narrative && !hasErrors(loaded.findings)) {
      const early = await this.folderWrites(loaded.narrative.id);
      let build: CourseBuild;
      try {
        build = await this.build(loaded.narrative, early);
      } catch (error) {
        await early?.done().catch(() => undefined);
        throw error;
      }
      outcome.build = build;
      outcome.findings.push(...build.findings);
      if (!hasErrors(build.findings)) await this.write(build, outcome, early);
      outcome.ok = !hasErrors(outcome.findings);
    }
    outcome.ms = performance.now() - started;
    return outcome;
  }

  private build(narrative: Narrative, early?: FolderWrites): Promise<CourseBuild> {
    const context = early ? { ...this.context, onFolder: early.onFolder } : this.context;
    return cutsAsUsage(() => this.builder.build(narrative, this.options, context));
  }

  /**
   * Writes while the build renders, when the last build's files are on disk as written (the output folder was
   * not removed or replaced meanwhile): each folder's changed files, the full deck's first. Otherwise none.
   */
  private async folderWrites(id: string): Promise<FolderWrites | undefined> {
    if (this.last?.id !== id || (await readStamp(path.join(this.options.out, id))) !== id) return undefined;
    const early = new FolderWrites(this.options.out, id, this.last.files);
    // The files on disk are the early writes' from now on, also when the build fails half-way.
    this.last = { id, files: early.onDisk };
    return early;
  }

  /**
   * The first write replaces whole folders (dropping stale files); later ones write only changed files (some
   * already written while the build rendered, see `folderWrites`), unless the output folder was removed or
   * replaced meanwhile: then a whole write puts it back complete.
   */
  private async write(build: CourseBuild, outcome: NarrativeOutcome, early?: FolderWrites): Promise<void> {
    const { out } = this.options;
    const id = build.narrativeId;
    const previous = this.last?.id === id ? this.last.files : undefined;
    let folders: string[];
    let written: string[] = [];
    this.last = undefined;
    if (early) {
      await early.done();
      folders = changedFolders(early.before, build.files, build.folders);
      const rest = await writeChanged({ out, narrativeId: id, previous: early.onDisk, next: build.files });
      written = [...early.written, ...rest];
    } else if (previous) {
      folders = [...build.folders];
      written = await writeOutputs({ out, narrativeId: id, files: build.files, folders });
    } else {
      folders = changedFolders(undefined, build.files, build.folders);
      const files = new Map([...build.files].filter(([key]) => folders.includes(topFolder(key))));
      if (folders.length > 0)
        written = await writeOutputs({ out, narrativeId: id, files, folders, replaceAll: this.everything() });
    }
    this.last = { id, files: build.files };
    outcome.folders = folders;
    outcome.written = written.map((file) => path.relative(out, file).split(path.sep).join('/'));
  }

  /** A build of every format and every cut replaces `out/<id>` whole, dropping folders no longer produced. */
  private everything(): boolean {
    return this.options.cuts === undefined && DEFAULT_FORMATS.every((f) => this.options.formats.includes(f));
  }
}
