import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../src/commands/check.js';
import { importArticle } from '../src/commands/import.js';
import { newNarrative } from '../src/commands/new.js';
import { findFigures } from '../src/import/find-figures.js';
import { splitParts } from '../src/import/split-parts.js';
import { ioFor, tempProject } from './helpers.js';

const SEED = '/work/shared/seed/000_bb8e93c3a4a5adaf.txt';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('new', () => {
  it('scaffolds a narrative that passes check clean, and refuses to overwrite it', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await newNarrative({ id: 'fresh' }, ioFor(p.dir))).toBe(0);
    const io = ioFor(p.dir);
    expect(await check({ narratives: ['fresh'] }, io)).toBe(0);
    expect(io.err()).toContain('no problems');
    await expect(newNarrative({ id: 'fresh' }, ioFor(p.dir))).rejects.toMatchObject({ code: 'new/exists' });
    await expect(newNarrative({ id: 'Bad Id' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('import', () => {
  it('splits parts at bare numbers and keeps paragraphs verbatim', () => {
    const parts = splitParts('01\n标题一\n第一段。\n\n第二段。\n02\n标题二\n第三段*。\n', false);
    expect(parts).toEqual([
      { number: '01', title: '标题一', paragraphs: ['第一段。', '第二段。'] },
      { number: '02', title: '标题二', paragraphs: ['第三段*。'] },
    ]);
    expect(splitParts('# One\n\nline a\nline b\n\n## Two\n\ntext\n', true).map((p) => [p.title, p.paragraphs])).toEqual([
      ['One', ['line a\nline b']],
      ['Two', ['text']],
    ]);
  });

  it('parses amounts with 亿/万, percentages, qualifiers and English amounts', () => {
    const f = findFigures('2021年这一数字超过4600亿美元,增速降至29.4%,减少了27000个工作岗位,近20亿美元窟窿,30多亿美元,跌幅可能高达5个百分点。');
    expect(f.map((x) => [x.evidence, x.value, x.scale ?? '', x.unit, x.kind, x.qualifier])).toEqual([
      ['2021年', 2021, '', '', 'year', 'exact'],
      ['超过4600亿美元', 4600, '亿', '美元', 'currency', 'over'],
      ['29.4%', 29.4, '', '%', 'percent', 'exact'],
      ['27000个', 27000, '', '个', 'count', 'exact'],
      ['近20亿美元', 20, '亿', '美元', 'currency', 'approx'],
      ['30多亿美元', 30, '亿', '美元', 'currency', 'over'],
      ['高达5个百分点', 5, '', '个百分点', 'percentage-points', 'up-to'],
    ]);
    const en = findFigures('Revenue was more than $5 billion in 2020, up 12%.');
    expect(en.map((x) => [x.evidence, x.value, x.scale ?? '', x.unit, x.qualifier])).toEqual([
      ['more than $5 billion', 5, 'billion', 'USD', 'over'],
      ['2020', 2020, '', '', 'exact'],
      ['12%', 12, '', '%', 'exact'],
    ]);
  });

  it('turns the seed article into a skeleton whose only errors are the fields to fill in; filled, it passes', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await importArticle({ file: SEED, id: 'seed', json: true }, io)).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.sections).toBe(4);
    const evidence = result.facts.map((f: { evidence: string }) => f.evidence);
    for (const e of ['1500万美元', '超过4600亿美元', '27亿美元', '29.4%', '16%', '9%', '不足17%', '超50亿美元', '27000个', '34%', '10亿美元', '超过3300个']) {
      expect(evidence, e).toContain(e);
    }
    const dir = path.join(p.dir, 'content/seed');
    const part1 = readFileSync(path.join(dir, 'sections/01-part.md'), 'utf8');
    expect(part1).toContain('零售业务*个闪了腰');
    expect(readFileSync(path.join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));

    const before = ioFor(p.dir);
    expect(await check({ narratives: ['seed'], json: true }, before)).toBe(1);
    const findings = JSON.parse(before.out()).narratives[0].findings as { loc?: { file: string; line: number } }[];
    expect(findings.some((x) => (x as { rule?: string }).rule === 'content/unrestored-artifact')).toBe(true);
    // Every other error sits on a line the skeleton marks "TODO fill in".
    for (const f of findings.filter((x) => (x as { severity?: string }).severity === 'error' && (x as { rule?: string }).rule !== 'content/unrestored-artifact')) {
      const lines = readFileSync(path.join(dir, f.loc!.file), 'utf8').split('\n');
      expect(lines[f.loc!.line - 1], JSON.stringify(f)).toContain('TODO fill in');
    }

    // Fill in what the author must: title, entities, summaries, key points, each fact's subject/metric.
    const yamlFile = path.join(dir, 'narrative.yaml');
    writeFileSync(
      yamlFile,
      readFileSync(yamlFile, 'utf8')
        .replace(/^title: "".*$/m, 'title: "亚马逊"')
        .replace('entities: []', 'entities:\n  - { id: amazon, name: 亚马逊, kind: company }'),
    );
    for (const n of ['01', '02', '03', '04']) {
      const file = path.join(dir, `sections/${n}-part.md`);
      let n2 = 0;
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/^summary: ''.*$/m, "summary: '概要'")
          .replace(/^keyPoints: \[\].*$/m, "keyPoints: ['要点']")
          .replace(/subject: ''.*$/gm, 'subject: amazon')
          .replace(/metric: ''.*$/gm, () => `metric: m${n2++}`),
      );
    }
    const after = ioFor(p.dir);
    await check({ narratives: ['seed'], json: true }, after);
    const errors = JSON.parse(after.out()).narratives[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((e: { rule: string }) => e.rule).filter((r: string) => r !== 'content/unrestored-artifact')).toEqual([]);
  });
});
