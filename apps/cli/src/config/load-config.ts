import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { CliError } from '../errors.js';
import { findProjectRoot } from '../output/project-root.js';
import { type LecternConfig, LecternConfigSchema } from './config-schema.js';

export interface LoadedConfig {
  config: LecternConfig;
  /** The file it came from; undefined when none was found. */
  file?: string;
  /** Folder that relative paths in the config are resolved against. */
  dir: string;
}

const SEARCH_PLACES = ['lectern.config.js', 'lectern.config.mjs', 'lectern.config.json', 'package.json'];

/**
 * Finds and validates the config: `explicit` when given (--config), else the nearest
 * `lectern.config.{js,mjs,json}` or package.json `lectern` key from `cwd` up to the project root, never above
 * it: a JavaScript config is code that runs, so one planted in a parent folder must not be picked up.
 */
export async function loadConfig(
  cwd: string,
  explicit?: string,
  projectRoot: string = findProjectRoot(cwd),
): Promise<LoadedConfig> {
  const explorer = lilconfig('lectern', { searchPlaces: SEARCH_PLACES, stopDir: path.resolve(projectRoot) });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  try {
    found = explicit ? await explorer.load(path.resolve(cwd, explicit)) : await explorer.search(cwd);
  } catch (error) {
    const file = explicit ? path.resolve(cwd, explicit) : 'lectern config';
    throw new CliError('config/unreadable', `cannot read ${file}: ${(error as Error).message}`, {
      hint: 'check that the file exists and is valid JavaScript or JSON',
      cause: error,
    });
  }
  if (!found || found.isEmpty) return { config: {}, dir: cwd };
  const raw = (found.config as { default?: unknown })?.default ?? found.config;
  const parsed = LecternConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    throw new CliError(
      'config/invalid',
      `invalid config in ${found.filepath}${where}: ${issue?.message ?? 'invalid'}`,
      {
        hint: 'see apps/cli/README.md for the config fields',
      },
    );
  }
  return { config: parsed.data, file: found.filepath, dir: path.dirname(found.filepath) };
}
