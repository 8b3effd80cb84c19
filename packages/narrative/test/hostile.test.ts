import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError, loadNarrative, MAX_FILE_BYTES, parseNarrative } from '../src/index.js';
import { readFixture } from './helpers.js';

const META = 'id: x\ntitle: t\nsections: [sections/a.md]\n';

describe('hostile input gives bounded, clear findings', () => {
  it('refuses an alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { findings } = parseNarrative({ 'narrative.yaml': lines.join('\n') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml/syntax', loc: { file: 'narrative.yaml', line: 1, column: 1 } });
    expect(findings[0]!.message).toMatch(/alias bomb/);
  });

  it('survives very deep nesting without blowing the stack', () => {
    const deep = `id: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const { findings } = parseNarrative({ 'narrative.yaml': deep });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(21);
    expect(findings[0]!.rule).toMatch(/^(yaml\/syntax|schema\/invalid)$/);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const big = `id: x\ntitle: "${'a'.repeat(MAX_FILE_BYTES)}"\n`;
    const { findings } = parseNarrative({ 'narrative.yaml': big });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'file/too-large', loc: { file: 'narrative.yaml', line: 1, column: 1 } }),
    ]);
  });

  it('reports binary garbage as an encoding problem', () => {
    const { findings } = parseNarrative({
      'narrative.yaml': META,
      'sections/a.md': 'PK\u0003\u0004\u0000\u0000\u0014garbage',
    });
    expect(findings.map((f) => `${f.loc?.file}:${f.loc?.line}:${f.loc?.column} ${f.rule}`)).toEqual([
      'sections/a.md:1:5 file/encoding',
    ]);
    expect(findings[0]!.message).toMatch(/binary/);
  });

  it('detects invalid UTF-8 read from disk and points at it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lectern-enc-'));
    try {
      const files = await readFixture('valid-minimal');
      await writeFile(join(dir, 'narrative.yaml'), files['narrative.yaml']!);
      await writeFile(join(dir, 'source.txt'), files['source.txt']!);
      const section = Buffer.from(files['sections/01-cloud-fall.md']!.replace('这是一个', '这是X'), 'utf8');
      const at = section.indexOf(Buffer.from('X'));
      section[at] = 0xc3; // a lead byte with no continuation byte: invalid UTF-8
      await mkdir(join(dir, 'sections'));
      await writeFile(join(dir, 'sections/01-cloud-fall.md'), section);
      const { findings } = await loadNarrative(dir);
      expect(findings.map((f) => `${f.loc?.file}:${f.loc?.line}:${f.loc?.column} ${f.rule}`)).toEqual([
        'sections/01-cloud-fall.md:59:3 file/encoding',
      ]);
      expect(findings[0]!.hint).toMatch(/UTF-8/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('does not read section paths that leave the folder', async () => {
    const { findings } = parseNarrative({
      'narrative.yaml': 'id: x\ntitle: t\nsections: [../../etc/passwd.md, /etc/x.md]\n',
    });
    expect(findings.map((f) => f.rule)).toEqual(['schema/invalid', 'schema/invalid']);
  });

  it('reports, rather than throws, for any non-mapping YAML', () => {
    for (const text of ['', '- a\n- b\n', '42', '"just text"', '{', 'id: [unclosed', '\t\tid: x']) {
      const { narrative, findings } = parseNarrative({ 'narrative.yaml': text });
      expect(narrative).toBeUndefined();
      expect(findings.length).toBeGreaterThan(0);
    }
  });

  it('throws LecternError only for programming errors', () => {
    expect(() => parseNarrative(null as unknown as Record<string, string>)).toThrow(LecternError);
    expect(() => parseNarrative({ 'narrative.yaml': 42 as unknown as string })).toThrow(LecternError);
  });
});
