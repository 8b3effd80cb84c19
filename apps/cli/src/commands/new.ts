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
import { toSimplified, toTraditional } from '@lectern/import';
import { narrativeTemplate } from '../scaffold/narrative-template.js';
import { narrativeTemplateZh } from '../scaffold/narrative-template-zh.js';
import { workspaceFiles } from '../scaffold/workspace-files.js';

export interface NewInput extends CommonFlags {
  id: string;
  /** The narrative's language: `en`, `zh-CN` or `zh-TW`; asked for at a terminal, else `en`. */
  language?: string;
}

const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;

/** The template's language: the flag, else the answer at a terminal (Enter = en), else en. */
async function templateLanguage(flag: string | undefined, io: Io): Promise<(typeof LANGUAGES)[number]> {
  const given =
    flag ??
    (io.ask ? (await io.ask(`Language of the narrative (${LANGUAGES.join(', ')}) [en]: `)).trim() || 'en' : 'en');
  const match = LANGUAGES.find(
    (l) =>
      l.toLowerCase() === given.toLowerCase() ||
      (l === 'zh-TW' && /^zh-(hant|hk|mo)$/i.test(given)) ||
      (l === 'zh-CN' && /^zh(-hans|-sg)?$/i.test(given)),
  );
  if (!match) throw usageError(`unknown language "${given}"`, `choose one of: ${LANGUAGES.join(', ')}`);
  return match;
}

/** The example narrative in `language` (zh-TW: the Simplified example through OpenCC, ids untouched). */
function templateFiles(id: string, language: (typeof LANGUAGES)[number]): Record<string, string> {
  if (language === 'en') return narrativeTemplate(id);
  const files = narrativeTemplateZh(id, language);
  return language === 'zh-CN'
    ? files
    : Object.fromEntries(Object.entries(files).map(([name, text]) => [name, schemaScales(toTraditional(text))]));
}

/** A fact's `scale` is a schema value, written in Simplified whatever the narrative's script (`萬` → `万`). */
function schemaScales(yaml: string): string {
  return yaml.replace(
    /^(\s*scale:\s*['"]?)([^'"\s]+)/gmu,
    (_, key: string, value: string) => key + toSimplified(value),
  );
}

/** `lectern new <id>`: scaffolds `content/<id>/` with an example of every block. Refuses to overwrite. */
export async function newNarrative(input: NewInput, io: Io): Promise<number> {
  if (!IdSchema.safeParse(input.id).success) {
    throw usageError(
      `"${input.id}" is not a valid narrative id`,
      'use lowercase letters, digits, ".", "_" or "-", e.g. my-article',
    );
  }
  const loaded = await loadConfig(io.cwd, input.config);
  const root = resolveContentRoot(io.cwd, input.content, { value: loaded.config.content, dir: loaded.dir });
  const dir = path.join(root, input.id);
  if (existsSync(dir)) {
    throw new CliError('new/exists', `${dir} already exists`, {
      hint: 'choose another id, or remove the folder first',
    });
  }
  const language = await templateLanguage(input.language, io);
  const files = { ...templateFiles(input.id, language), ...workspaceFiles(root, input.id) };
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
  }
  const reporter = new Reporter(io, input);
  const shown = path.relative(io.cwd, dir) || '.';
  reporter.info(`created ${shown}/ in ${language} (${Object.keys(files).join(', ')})`);
  reporter.info(`next: edit the files, then run \`lectern check ${shown}\``);
  if (files['package.json']) reporter.info('run `pnpm install` once so `pnpm build` builds it as a cached turbo task');
  reporter.result({ dir, language, files: Object.keys(files) });
  return ExitCode.Ok;
}
