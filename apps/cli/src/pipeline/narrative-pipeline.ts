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
  private readonly parseCache = createParseCache();
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
      const build = await this.build(loaded.narrative);
      outcome.build = build;
      outcome.findings.push(...build.findings);
      if (!hasErrors(build.findings)) await this.write(build, outcome);
      outcome.ok = !hasErrors(outcome.findings);
    }
    outcome.ms = performance.now() - started;
    return outcome;
  }

  private build(narrative: Narrative): Promise<CourseBuild> {
    return cutsAsUsage(() => this.builder.build(narrative, this.options, this.context));
  }

  /**
   * The first write replaces whole folders (dropping stale files); later ones write only changed files,
   * unless the output folder was removed or replaced meanwhile: then a whole write puts it back complete.
   */
  private async write(build: CourseBuild, outcome: NarrativeOutcome): Promise<void> {
    const { out } = this.options;
    const id = build.narrativeId;
    const previous = this.last?.id === id ? this.last.files : undefined;
    const intact = previous !== undefined && (await readStamp(path.join(out, id))) === id;
    let folders: string[];
    let written: string[] = [];
    if (previous && intact) {
      folders = changedFolders(previous, build.files, build.folders);
      if (folders.length > 0) written = await writeChanged({ out, narrativeId: id, previous, next: build.files });
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
