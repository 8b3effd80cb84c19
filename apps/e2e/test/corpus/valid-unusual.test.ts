import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { memoryIo, runCli } from '@lectern/cli';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDir, removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE, REPO_ROOT } from '../../src/paths.js';
import { plainFormats } from '../support/corpus.js';

// Valid but unusual files are accepted and read as the plain ones are.

let root: string;
let base: Narrative;

beforeAll(async () => {
  root = await tempDir('lectern-unusual-');
  const loaded = await loadNarrative(BASE_NARRATIVE);
  expect(loaded.narrative).toBeDefined();
  base = loaded.narrative!;
});

afterAll(async () => {
  await removeDir(root);
});

/** Copies the base narrative, rewriting every text file with `edit`. */
async function variant(name: string, edit: (text: string, file: string) => string): Promise<string> {
  const dir = path.join(root, name);
  await copyDir(BASE_NARRATIVE, dir);
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(md|yaml|txt)$/.test(f));
  for (const file of files) {
    const full = path.join(dir, file);
    await writeFile(full, edit(await readFile(full, 'utf8'), file.split(path.sep).join('/')));
  }
  return dir;
}

async function expectBuilds(dir: string): Promise<void> {
  const check = memoryIo({ cwd: root });
  expect(await runCli(['check', dir], check), check.err()).toBe(0);
  const build = memoryIo({ cwd: root });
  expect(
    await runCli(
      ['build', dir, '--out', path.join(root, 'out', path.basename(dir)), '--formats', plainFormats(), '--quiet'],
      build,
    ),
    build.err(),
  ).toBe(0);
}

/** What a reader sees of a narrative: the same for CRLF, BOM and LF files. */
function shape(n: Narrative) {
  return n.sections.map((s) => ({
    id: s.id,
    title: s.title,
    paragraphs: s.paragraphs.map((p) => [p.id, p.text, p.loc.line]),
    facts: s.facts.map((f) => [f.id, f.value, f.loc.line]),
  }));
}

describe('valid but unusual files', () => {
  it('CRLF line ends: same narrative, same lines', async () => {
    const dir = await variant('crlf', (t) => t.replace(/\n/g, '\r\n'));
    const { narrative, findings } = await loadNarrative(dir);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(shape(narrative!)).toEqual(shape(base));
    await expectBuilds(dir);
  });

  it('a UTF-8 BOM on every file (with CRLF too): same narrative, same lines and columns', async () => {
    const dir = await variant('bom', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    const { narrative, findings } = await loadNarrative(dir);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(shape(narrative!)).toEqual(shape(base));
    expect(narrative!.sections[0]!.facts[0]!.loc.column).toBe(base.sections[0]!.facts[0]!.loc.column);
    await expectBuilds(dir);
  });

  it('NFD-normalised prose with NFC evidence (and the reverse) is accepted', async () => {
    const dir = await variant('nfd', (t, file) => {
      if (file !== 'sections/01-shop.md') return t;
      const [front, body] = t.split('\n---\n');
      // The paragraph says “Café” decomposed; the quote cites it composed.
      return `${front!.replace("text: '我们永远把读者放在第一位。'", "text: 'Caf\u00e9：我们永远把读者放在第一位。'")}\n---\n${body!.replace('“我们永远', '“Cafe\u0301：我们永远'.normalize('NFD'))}`;
    });
    const { narrative, findings } = await loadNarrative(dir);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(narrative!.sections[0]!.quotes[0]!.text).toContain('Café');
    await expectBuilds(dir);
  });

  it('full-width punctuation and digits in prose and evidence (６０％) are accepted', async () => {
    const dir = await variant('fullwidth', (t, file) => {
      if (file !== 'sections/02-cloud.md') return t;
      return t
        .replace("evidence: '云业务贡献了60%的利润'", "evidence: '云业务贡献了６０％的利润'")
        .replace(
          '2020年，云业务贡献了60%的利润。 {#cloud-profit}',
          '２０２０年，云业务贡献了６０％的利润！ {#cloud-profit}',
        );
    });
    const { narrative, findings } = await loadNarrative(dir);
    expect(
      findings.filter((f) => f.severity === 'error'),
      JSON.stringify(findings, null, 1),
    ).toEqual([]);
    expect(narrative!.sections[1]!.facts[0]!.value).toBe(60);
    await expectBuilds(dir);
  });

  it('a narrative in English builds (the CLI’s English example)', async () => {
    const dir = path.join(root, 'english');
    await copyDir(path.join(REPO_ROOT, 'apps/cli/test/fixtures/content/mini'), dir);
    const { narrative } = await loadNarrative(dir);
    expect(narrative?.language).toBe('en');
    await expectBuilds(dir);
    const quiz = await readFile(path.join(root, 'out', 'english', 'mini', 'quiz', 'quiz.md'), 'utf8');
    expect(quiz).toMatch(/[A-Za-z]{4,}/);
  });
});
