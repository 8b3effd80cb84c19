import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  aliasBomb,
  binaryGarbage,
  deepBlockNesting,
  deepFlowNesting,
  longLine,
  withInvalidUtf8,
} from '../../src/hostile-text.js';
import { copyDir, writeFiles } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';

/** A bad case made at test time: too big, binary or symlinked to commit. */
export interface GeneratedCase {
  name: string;
  about: string;
  rule: string;
  /** File the error must point at, relative to the narrative folder. */
  file?: string;
  /** Line the error must point at. */
  line?: number;
  dir: string;
}

const META = 'narrative.yaml';
const S1 = 'sections/01-shop.md';
const S2 = 'sections/02-cloud.md';
const MB = 1024 * 1024;

interface Spec extends Omit<GeneratedCase, 'dir'> {
  make: (dir: string, base: (file: string) => Promise<string>, outside: string) => Promise<void>;
}

const SPECS: Spec[] = [
  {
    name: 'huge-section-50mb',
    about: 'a 50 MB section file',
    rule: 'file/too-large',
    file: S2,
    line: 1,
    make: async (dir, base) => {
      const head = await base(S2);
      await writeFile(path.join(dir, S2), head + '\n'.concat('云业务贡献了60%的利润。 '.repeat((50 * MB) / 32)));
    },
  },
  {
    name: 'binary-garbage-section',
    about: '64 KB of random bytes as a section file',
    rule: 'file/encoding',
    file: S2,
    make: (dir) => writeFile(path.join(dir, S2), binaryGarbage(64 * 1024)),
  },
  {
    name: 'nul-bytes-meta',
    about: 'NUL bytes inside narrative.yaml',
    rule: 'file/encoding',
    file: META,
    line: 3,
    make: async (dir, base) =>
      writeFile(path.join(dir, META), (await base(META)).replace("title: '小书店", "title: '\u0000\u0000小书店")),
  },
  {
    name: 'invalid-utf8-section',
    about: 'bytes that are not UTF-8 in a paragraph',
    rule: 'file/encoding',
    file: S1,
    make: async (dir, base) => {
      const text = await base(S1);
      const line = text.slice(0, text.indexOf('开业当天')).split('\n').length;
      GENERATED_LINES.set('invalid-utf8-section', line);
      await writeFile(path.join(dir, S1), withInvalidUtf8(text, '开业当天'));
    },
  },
  {
    name: 'long-line-6mb',
    about: 'one 6 MB line of prose (past the 5 MB file limit)',
    rule: 'file/too-large',
    file: S2,
    line: 1,
    make: async (dir, base) => writeFile(path.join(dir, S2), `${await base(S2)}\n${longLine(2 * 1024 * 1024)}\n`),
  },
  {
    name: 'long-line-unclosed-quote',
    about: 'a 1 MB title whose quote never closes',
    rule: 'yaml/syntax',
    file: META,
    line: 3,
    make: async (dir, base) =>
      writeFile(
        path.join(dir, META),
        (await base(META)).replace("title: '小书店如何变成一朵云'", `title: '${longLine(MB)}`),
      ),
  },
  {
    name: 'deep-flow-nesting',
    about: 'a title nested 100,000 flow sequences deep',
    rule: 'yaml/syntax',
    file: META,
    make: async (dir, base) =>
      writeFile(
        path.join(dir, META),
        (await base(META)).replace("title: '小书店如何变成一朵云'", `title: ${deepFlowNesting(100_000)}`),
      ),
  },
  {
    name: 'deep-block-nesting',
    about: 'frontmatter nested 3,000 mappings deep',
    rule: 'yaml/syntax',
    file: S1,
    make: async (dir, base) =>
      writeFile(
        path.join(dir, S1),
        (await base(S1)).replace('\nkeyPoints:', `\ndeep:\n${deepBlockNesting(3000).replace(/^/gm, ' ')}\nkeyPoints:`),
      ),
  },
  {
    name: 'deep-dash-nesting',
    about: 'a key point nested 20,000 block sequences deep on one line',
    rule: 'yaml/syntax',
    file: S1,
    make: async (dir, base) =>
      writeFile(
        path.join(dir, S1),
        (await base(S1)).replace("  - '创始人承诺永远把读者放在第一位。'", `  - ${'- '.repeat(20_000)}x`),
      ),
  },
  {
    name: 'alias-bomb',
    about: 'a billion-laughs YAML alias bomb in narrative.yaml',
    rule: 'yaml/syntax',
    file: META,
    make: (dir) => writeFile(path.join(dir, META), aliasBomb()),
  },
  {
    name: 'many-missing-sections',
    about: '5,000 listed section files that do not exist',
    rule: 'file/missing',
    file: META,
    make: async (dir, base) => {
      const list = Array.from({ length: 5000 }, (_, i) => `  - sections/missing-${i}.md`).join('\n');
      await writeFile(
        path.join(dir, META),
        (await base(META)).replace('  - sections/02-cloud.md', `  - sections/02-cloud.md\n${list}`),
      );
    },
  },
  {
    name: 'symlink-section-outside',
    about: 'a section file that is a symlink to a file outside the folder',
    rule: 'file/outside',
    file: META,
    line: 13,
    make: async (dir, base, outside) => {
      await writeFiles(outside, { 'cloud.md': await base(S2) });
      await (await import('node:fs/promises')).rm(path.join(dir, S2));
      await symlink(path.join(outside, 'cloud.md'), path.join(dir, S2));
    },
  },
  {
    name: 'symlink-source-outside',
    about: 'source.txt is a symlink to /etc/passwd',
    rule: 'file/outside',
    file: META,
    line: 8,
    make: async (dir) => {
      await (await import('node:fs/promises')).rm(path.join(dir, 'source.txt'));
      await symlink('/etc/passwd', path.join(dir, 'source.txt'));
    },
  },
  {
    name: 'symlink-sections-folder',
    about: 'the sections folder is a symlink to a folder outside',
    rule: 'file/outside',
    file: META,
    line: 12,
    make: async (dir, _base, outside) => {
      await copyDir(path.join(dir, 'sections'), path.join(outside, 'sections'));
      await (await import('node:fs/promises')).rm(path.join(dir, 'sections'), { recursive: true });
      await symlink(path.join(outside, 'sections'), path.join(dir, 'sections'));
    },
  },
];

/** Lines that depend on the base text, filled in while the cases are made. */
const GENERATED_LINES = new Map<string, number>();

/** Makes every generated case under `root` (one folder each, plus `root/outside` for symlink targets). */
export async function makeGeneratedCases(root: string): Promise<GeneratedCase[]> {
  const base = (file: string) => readFile(path.join(BASE_NARRATIVE, file), 'utf8');
  const outside = path.join(root, 'outside');
  const cases: GeneratedCase[] = [];
  for (const spec of SPECS) {
    const dir = path.join(root, 'cases', spec.name);
    await copyDir(BASE_NARRATIVE, dir);
    await spec.make(dir, base, path.join(outside, spec.name));
    const { make: _make, ...rest } = spec;
    const line = GENERATED_LINES.get(spec.name) ?? spec.line;
    cases.push({ ...rest, ...(line === undefined ? {} : { line }), dir });
  }
  return cases;
}

export const GENERATED_CASE_NAMES = SPECS.map((s) => s.name);
