import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultNarrativeDir } from '@lectern/content';
import { afterAll, describe, expect, it } from 'vitest';

const RENDERERS = ['@marp-team/marp-core', 'pptxgenjs', 'playwright-core', 'xmlbuilder2', 'fflate', 'handlebars'];
const distIndex = pathToFileURL(path.resolve(import.meta.dirname, '../dist/index.js')).href;
const narrativeDist = pathToFileURL(
  path.resolve(import.meta.dirname, '../node_modules/@lectern/narrative/dist/index.js'),
).href;
const work = mkdtempSync(path.join(tmpdir(), 'course-loads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `body` in a fresh Node on the built package and returns every module URL it loaded. */
function modulesLoadedBy(body: string): string[] {
  const log = path.join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const hooks = path.join(work, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`,
  );
  const script = `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const course = await import(${JSON.stringify(distIndex)});
const narrativeApi = await import(${JSON.stringify(narrativeDist)});
${body}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

const usesAny = (urls: string[]) => RENDERERS.filter((name) => urls.some((u) => u.includes(`/node_modules/${name}/`)));

describe('check loads only the model', () => {
  it('checks the default narrative without loading a renderer or exporter; a build loads them', {
    timeout: 300_000,
  }, () => {
    const load = `const { narrative } = await narrativeApi.loadNarrativeFolder(${JSON.stringify(defaultNarrativeDir)});`;
    const checked = modulesLoadedBy(
      `${load}\nif (course.checkCourse(narrative).findings.some((f) => f.severity === 'error')) process.exit(3);`,
    );
    expect(usesAny(checked)).toEqual([]);
    const built = modulesLoadedBy(
      `${load}\nconst b = await course.buildCourse(narrative, { ...course.DEFAULT_REQUEST, formats: ['md', 'pptx', 'moodle', 'qti'], formatsExplicit: true });\nif (b.files.size === 0) process.exit(3);`,
    );
    expect(usesAny(built)).toEqual(expect.arrayContaining(['pptxgenjs', 'xmlbuilder2', 'fflate', 'handlebars']));
  });
});
