import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatOf, importArticle as draftFromArticle } from '@lectern/import';
import { IdSchema } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { resolveContentRoot } from '../config/content-root.js';
import { loadConfig } from '../config/load-config.js';
import { CliError, ExitCode, usageError } from '../errors.js';
import { readArticleBytes, readTextArticle } from '../files/read-text-article.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';
import { importSummary } from '../report/import-summary.js';

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
 * `lectern import <file>`: drafts a complete narrative from an article (.txt, .md, .html, .docx) — sections,
 * facts, entities, quotes, events, key points, summaries, objectives — that passes `lectern check` as written;
 * values it is unsure of carry `# review:` marks. Never overwrites an existing narrative.
 */
export async function importArticle(input: ImportInput, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, input.file);
  const data =
    formatOf(file) === 'docx' ? await readArticleBytes(file, input.file) : await readTextArticle(file, input.file);
  const id = input.id ?? idFromFile(file);
  if (!IdSchema.safeParse(id).success)
    throw usageError(
      `"${id}" is not a valid narrative id`,
      'pass --id with lowercase letters, digits, ".", "_" or "-"',
    );
  const loaded = await loadConfig(io.cwd, input.config);
  const root = input.outDir
    ? path.resolve(io.cwd, input.outDir)
    : resolveContentRoot(io.cwd, input.content, { value: loaded.config.content, dir: loaded.dir });
  const dir = path.join(root, id);
  if (existsSync(dir)) {
    throw new CliError('import/exists', `a narrative already exists at ${dir}; import never overwrites one`, {
      hint: `pass another id (e.g. --id ${id}-2), or move the folder away first`,
    });
  }
  const result = await draftFromArticle({ id, fileName: file, data }).catch((error: Error) => {
    throw new CliError('import/unreadable', `cannot read ${input.file} as ${formatOf(file)}: ${error.message}`, {
      hint: 'is the file what its extension says? save it again from its editor',
    });
  });
  if (result.counts.paragraphs === 0)
    throw new CliError('import/empty', `${input.file} has no article text to import`, {
      hint: 'is it the right file? a saved page needs its article body',
    });
  for (const [rel, text] of Object.entries(result.files)) {
    const target = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
  const reporter = new Reporter(io, input);
  const shown = path.relative(io.cwd, dir) || '.';
  for (const line of importSummary(result, shown)) reporter.info(line);
  reporter.result({ dir, language: result.draft.language, format: result.format, ...result.counts });
  return ExitCode.Ok;
}
