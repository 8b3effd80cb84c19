import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IdSchema } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { loadConfig } from '../config/load-config.js';
import { resolveContentRoot } from '../config/content-root.js';
import { CliError, ExitCode, usageError } from '../errors.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';
import { narrativeTemplate } from '../scaffold/narrative-template.js';
import { workspaceFiles } from '../scaffold/workspace-files.js';

export interface NewInput extends CommonFlags {
  id: string;
}

/** `lectern new <id>`: scaffolds `content/<id>/` with an example of every block. Refuses to overwrite. */
export async function newNarrative(input: NewInput, io: Io): Promise<number> {
  if (!IdSchema.safeParse(input.id).success) {
    throw usageError(`"${input.id}" is not a valid narrative id`, 'use lowercase letters, digits, ".", "_" or "-", e.g. my-article');
  }
  const loaded = await loadConfig(io.cwd, input.config);
  const root = resolveContentRoot(io.cwd, input.content, { value: loaded.config.content, dir: loaded.dir });
  const dir = path.join(root, input.id);
  if (existsSync(dir)) {
    throw new CliError('new/exists', `${dir} already exists`, { hint: 'choose another id, or remove the folder first' });
  }
  const files = { ...narrativeTemplate(input.id), ...workspaceFiles(root, input.id) };
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
  }
  const reporter = new Reporter(io, input);
  const shown = path.relative(io.cwd, dir) || '.';
  reporter.info(`created ${shown}/ (${Object.keys(files).join(', ')})`);
  reporter.info(`next: edit the files, then run \`lectern check ${shown}\``);
  if (files['package.json']) reporter.info('run `pnpm install` once so `pnpm build` builds it as a cached turbo task');
  reporter.result({ dir, files: Object.keys(files) });
  return ExitCode.Ok;
}
