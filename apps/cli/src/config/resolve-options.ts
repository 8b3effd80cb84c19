import path from 'node:path';
import {
  type BuildRequest,
  DEFAULT_FORMATS,
  FORMATS,
  type Format,
  isDeckFormat,
  LMS_TARGETS,
  listThemes,
  MAX_FORMS,
} from '@lectern/course';
import { usageError } from '../errors.js';
import { DEFAULT_DEBOUNCE_MS } from './debounce.js';
import type { Io } from '../io.js';
import type { LecternConfig } from './config-schema.js';
import { resolveContentRoot } from './content-root.js';
import type { BuildFlags, CommonFlags, ServeFlags, WatchFlags } from './flags.js';
import { loadConfig } from './load-config.js';
import { resolveNarrativeDirs } from './narrative-dirs.js';
import { enumList, intFlag, listFlag } from './parse-flag.js';
import { checkOutFolder } from '../output/out-guard.js';
import { findProjectRoot } from '../output/project-root.js';

export interface BaseOptions {
  cwd: string;
  /** The project `cwd` belongs to (`findProjectRoot`): config and content are looked for no higher. */
  projectRoot: string;
  contentRoot: string;
  /** Absolute narrative folders to work on. */
  narrativeDirs: string[];
  json: boolean;
  quiet: boolean;
  config: LecternConfig;
  configFile?: string;
}

/**
 * Everything `check` needs, resolved: flags › config › defaults. It is the build request itself, so
 * `check` and `build` see the same seed, quiz settings, cuts and checkpoints.
 */
export interface CheckOptions extends BaseOptions, BuildRequest {
  formats: Format[];
}

/** Everything `build`, `deck` and `quiz` need: the check options and where to write. */
export interface BuildOptions extends CheckOptions {
  /** Absolute output folder. */
  out: string;
}

export interface WatchOptions extends BuildOptions {
  debounceMs: number;
}

export interface ServeOptions extends WatchOptions {
  port: number;
}

export const DEFAULT_WATCH_FORMATS: Format[] = ['md', 'html', 'json', 'print', 'quizhtml'];

/** Config file, content root and narrative folders: the part every command shares. */
export async function resolveBase(flags: CommonFlags & { narratives?: string[] }, io: Io): Promise<BaseOptions> {
  const projectRoot = findProjectRoot(io.cwd);
  const loaded = await loadConfig(io.cwd, flags.config, projectRoot);
  const contentRoot = resolveContentRoot(
    io.cwd,
    flags.content,
    { value: loaded.config.content, dir: loaded.dir },
    projectRoot,
  );
  const narrativeDirs = await resolveNarrativeDirs(flags.narratives ?? [], contentRoot, io.cwd);
  return {
    cwd: io.cwd,
    projectRoot,
    contentRoot,
    narrativeDirs,
    json: flags.json === true,
    quiet: flags.quiet === true,
    config: loaded.config,
    ...(loaded.file ? { configFile: loaded.file } : {}),
  };
}

function configDir(base: BaseOptions): string {
  return base.configFile ? path.dirname(base.configFile) : base.cwd;
}

/** The build request from flags and config; `only` narrows the formats to one half (`deck`, `quiz`, `--only`). */
export async function resolveCheckOptions(flags: BuildFlags, io: Io, only?: 'deck' | 'quiz'): Promise<CheckOptions> {
  const half =
    only ?? (flags.only === undefined ? undefined : enumList('only', [flags.only], ['deck', 'quiz'] as const)[0]);
  const base = await resolveBase(flags, io);
  const { config } = base;
  const listed = listFlag(flags.formats);
  if (listed?.length === 0)
    throw usageError(
      '--formats names no format',
      `list at least one of: ${FORMATS.join(', ')} (or leave --formats out for the default set)`,
    );
  const requested = listed ? [...new Set(enumList('formats', listed, FORMATS))] : config.formats;
  const forms = intFlag('forms', flags.forms, 1, MAX_FORMS) ?? config.quiz?.forms;
  // Forms are made to be printed: with two or more, the default formats include the printed exam.
  let formats: Format[] = requested ?? [...DEFAULT_FORMATS, ...((forms ?? 1) > 1 ? (['exam'] as const) : [])];
  if (half) formats = formats.filter((f) => (half === 'deck' ? isDeckFormat(f) : !isDeckFormat(f)));
  if (formats.length === 0)
    throw usageError(
      `none of --formats ${(listed ?? requested ?? []).join(',')} is a ${half} format`,
      `${half} formats are: ${FORMATS.filter((f) => (half === 'deck' ? isDeckFormat(f) : !isDeckFormat(f))).join(', ')}`,
    );
  const quizCount = intFlag('quiz-count', flags.quizCount, 1) ?? config.quiz?.count;
  const listedCuts = listFlag(flags.cut);
  if (listedCuts?.length === 0)
    throw usageError(
      '--cut names no cut',
      'list cut ids from narrative.yaml, e.g. --cut full,executive (or leave --cut out for all of them)',
    );
  // Note: a cut named twice is built once (two builds of one folder would collide).
  const cuts = listedCuts || config.cuts ? [...new Set(listedCuts ?? config.cuts)] : undefined;
  const lms = flags.lms === undefined ? config.quiz?.lms : enumList('lms', [flags.lms], LMS_TARGETS)[0];
  const theme = flags.theme ?? config.theme;
  const themes = listThemes();
  if (theme && themes && !themes.includes(theme))
    throw usageError(`unknown theme "${theme}"`, `choose from: ${themes.join(', ')}`);
  return {
    ...base,
    formats,
    formatsExplicit: requested !== undefined,
    ...(theme ? { theme } : {}),
    seed: intFlag('seed', flags.seed) ?? config.seed ?? 1,
    ...(cuts ? { cuts } : {}),
    checkpoints: flags.checkpoints ?? config.checkpoints ?? true,
    quiz: {
      ...(quizCount === undefined ? {} : { count: quizCount }),
      ...(config.quiz?.types ? { types: config.quiz.types } : {}),
      ...(config.quiz?.difficulty ? { difficulty: config.quiz.difficulty } : {}),
      ...(config.quiz?.sections ? { sections: config.quiz.sections } : {}),
      ...(lms ? { lms } : {}),
      ...(forms === undefined ? {} : { forms }),
    },
  };
}

/** The check options plus the output folder, which must lie outside the content. */
export async function resolveBuildOptions(flags: BuildFlags, io: Io, only?: 'deck' | 'quiz'): Promise<BuildOptions> {
  const request = await resolveCheckOptions(flags, io, only);
  const out = checkOutFolder(
    flags.out ? path.resolve(io.cwd, flags.out) : path.resolve(configDir(request), request.config.out ?? 'out'),
    {
      contentDirs: [request.contentRoot, ...request.narrativeDirs],
      projectRoot: request.projectRoot,
    },
  );
  return { ...request, out };
}

export async function resolveWatchOptions(flags: WatchFlags, io: Io): Promise<WatchOptions> {
  const explicit = flags.formats !== undefined;
  const build = await resolveBuildOptions(flags, io);
  const formats = explicit ? build.formats : (build.config.watch?.formats ?? DEFAULT_WATCH_FORMATS);
  const debounceMs = intFlag('debounce', flags.debounce) ?? build.config.watch?.debounce ?? DEFAULT_DEBOUNCE_MS;
  return { ...build, formats, formatsExplicit: explicit, debounceMs };
}

export async function resolveServeOptions(flags: ServeFlags, io: Io): Promise<ServeOptions> {
  const watch = await resolveWatchOptions(flags, io);
  const port = intFlag('port', flags.port, 0, 65535) ?? watch.config.serve?.port ?? 4173;
  return { ...watch, port };
}
