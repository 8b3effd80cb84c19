import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IdSchema } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { resolveContentRoot } from '../config/content-root.js';
import { loadConfig } from '../config/load-config.js';
import { CliError, ExitCode, usageError } from '../errors.js';
import { buildSkeleton } from '../import/skeleton.js';
import { splitParts } from '../import/split-parts.js';
import { readTextArticle } from '../files/read-text-article.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';

export interface ImportInput extends CommonFlags {
  file: string;
  /** Narrative id; default: the file name, lower-cased. */
  id?: string;
  /** Folder to create the narrative in. @default the content folder */
  outDir?: string;
}

function idFromFile(file: string): string {
  return path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
}

/**
 * `lectern import <file>`: turns a plain article into a narrative skeleton: parts, verbatim
 * paragraphs with ids, candidate facts for every figure, and the source kept as source.txt.
 */
export async function importArticle(input: ImportInput, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, input.file);
  const source = await readTextArticle(file, input.file);
  const id = input.id ?? idFromFile(file);
  if (!IdSchema.safeParse(id).success) throw usageError(`"${id}" is not a valid narrative id`, 'pass --id with lowercase letters, digits, ".", "_" or "-"');
  const loaded = await loadConfig(io.cwd, input.config);
  const root = input.outDir ? path.resolve(io.cwd, input.outDir) : resolveContentRoot(io.cwd, input.content, { value: loaded.config.content, dir: loaded.dir });
  const dir = path.join(root, id);
  if (existsSync(dir)) throw new CliError('import/exists', `${dir} already exists`, { hint: 'pass another --id, or remove the folder first' });

  const markdown = /\.(md|markdown)$/i.test(file);
  const parts = splitParts(source, markdown);
  if (parts.length === 0) throw new CliError('import/empty', `${input.file} has no text to import`);
  const language = /[\u4e00-\u9fff]/.test(source) ? 'zh-CN' : 'en';
  const h1 = markdown ? /^#\s+(.+)$/m.exec(source)?.[1]?.trim() : undefined;
  const skeleton = buildSkeleton(id, parts, source, language, h1);
  for (const [rel, text] of Object.entries(skeleton.files)) {
    const target = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
  const reporter = new Reporter(io, input);
  const shown = path.relative(io.cwd, dir) || '.';
  reporter.info(`created ${shown}/: ${skeleton.sections} sections, ${skeleton.paragraphs} paragraphs, ${skeleton.facts.length} candidate facts`);
  reporter.info(`next: fill in every TODO (title, summaries, key points, entities, each fact's subject and metric), then run \`lectern check ${shown}\``);
  reporter.result({ dir, sections: skeleton.sections, paragraphs: skeleton.paragraphs, facts: skeleton.facts });
  return ExitCode.Ok;
}
