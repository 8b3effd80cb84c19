import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDir, removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { lectern } from '../support/project.js';

let root: string;
beforeEach(async () => {
  root = await tempDir('lectern-config-');
});
afterEach(async () => {
  await removeDir(root);
});

// Issue #10, item 2: a JavaScript config is code; one planted above the project is never run.
describe('config search', () => {
  it('stops at the project root: a lectern.config.mjs in a parent folder is not executed', async () => {
    const marker = path.join(root, 'planted-config-ran');
    await writeFile(
      path.join(root, 'lectern.config.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`,
    );
    const project = path.join(root, 'talk');
    await copyDir(BASE_NARRATIVE, path.join(project, 'content', 'e2e-base'));
    await writeFile(path.join(project, 'package.json'), '{"name":"talk","private":true}\n');
    const run = await lectern(project, ['check']);
    expect(run.code, run.err).toBe(0);
    expect(existsSync(marker), 'the planted config ran').toBe(false);
  });

  it('still finds the config at the project root from a folder inside it', async () => {
    const project = path.join(root, 'talk');
    await copyDir(BASE_NARRATIVE, path.join(project, 'narratives', 'e2e-base'));
    await writeFile(path.join(project, 'package.json'), '{"name":"talk","private":true}\n');
    await writeFile(path.join(project, 'lectern.config.json'), '{"content":"narratives"}\n');
    await mkdir(path.join(project, 'notes'));
    const run = await lectern(path.join(project, 'notes'), ['list']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/e2e-base/);
  });

  it('--help says that a JavaScript config is code', async () => {
    const run = await lectern(root, ['build', '--help']);
    expect(run.out).toMatch(/config.*(runs|run) as code|JavaScript config.*code/i);
  });
});

// Issue #10, item 3: content never becomes a live link other than http(s).
describe('links from content', () => {
  for (const url of [
    'javascript:alert(document.domain)',
    'file:///etc/passwd',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
  ]) {
    it(`refuses source.url ${url.split(':')[0]}: at its line, with a hint`, async () => {
      const dir = path.join(root, 'content', 'e2e-base');
      await copyDir(BASE_NARRATIVE, dir);
      const yaml = path.join(dir, 'narrative.yaml');
      const text = (await readFile(yaml, 'utf8')).replace(
        '  file: source.txt\n',
        `  file: source.txt\n  url: '${url}'\n`,
      );
      await writeFile(yaml, text);
      const line = text.split('\n').findIndex((l) => l.startsWith('  url:')) + 1;
      const run = await lectern(root, ['build', '--formats', 'pptx', '--out', 'out']);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toMatch(
        new RegExp(`narrative\\.yaml:${line}:\\d+ +error .*source\\.url.*(http|web address)`),
      );
      expect(existsSync(path.join(root, 'out', 'e2e-base', 'deck', 'deck.pptx'))).toBe(false);
    });
  }

  it('a PPTX made from a model that bypassed the schema carries no javascript: hyperlink', async () => {
    const { parseNarrative } = await import('@lectern/narrative');
    const { buildDeckModel, exportPptx } = await import('@lectern/deck');
    const files: Record<string, string> = {};
    for (const f of ['narrative.yaml', 'sections/01-shop.md', 'sections/02-cloud.md', 'source.txt'])
      files[f] = await readFile(path.join(BASE_NARRATIVE, f), 'utf8');
    const { narrative } = parseNarrative(files);
    expect(narrative).toBeDefined();
    const hostile = { ...narrative!, source: { ...narrative!.source, url: 'javascript:alert(1)' } };
    const zip = unzipSync(await exportPptx(buildDeckModel(hostile, { cut: 'full' })));
    const rels = Object.entries(zip)
      .filter(([name]) => name.endsWith('.rels'))
      .map(([, data]) => strFromU8(data));
    expect(rels.join('\n')).not.toMatch(/javascript:/i);
    const slides = Object.entries(zip)
      .filter(([name]) => /slides\/slide\d+\.xml$/.test(name))
      .map(([, data]) => strFromU8(data));
    expect(slides.join('\n')).toContain('javascript:alert(1)');
  });
});
