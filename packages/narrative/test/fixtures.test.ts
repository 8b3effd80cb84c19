import { describe, expect, it } from 'vitest';
import { errorsOf, loadFixture, where } from './helpers.js';

const SECTION = 'sections/01-cloud-fall.md';

describe('fixtures: each problem is reported at its exact place', () => {
  it('loads a valid minimal narrative with no findings', async () => {
    const { narrative, findings } = await loadFixture('valid-minimal');
    expect(findings).toEqual([]);
    expect(narrative?.id).toBe('mini');
    const section = narrative!.sections[0]!;
    expect(section.number).toBe('01');
    expect(section.paragraphs.map((p) => p.id)).toEqual(['growth', 'retail-stumble', 'cloud-fall-p3']);
    expect(section.paragraphs[0]).toMatchObject({
      sectionId: 'cloud-fall',
      index: 0,
      loc: { file: SECTION, line: 55, column: 1 },
    });
    expect(section.paragraphs[0]!.text).not.toContain('{#');
    expect(section.facts[1]).toMatchObject({
      id: 'revenue-2021',
      qualifier: 'over',
      sectionId: 'cloud-fall',
      loc: { file: SECTION, line: 20, column: 5 },
    });
    expect((section.items[0] as { options?: unknown[] }).options?.[1]).toEqual({ text: '4600亿美元', correct: false });
    expect(narrative!.entities[1]!.loc).toMatchObject({ file: 'narrative.yaml', line: 13, column: 5 });
    expect(narrative!.dir).toMatch(/valid-minimal$/);
  });

  it('places a YAML syntax error on the offending line', async () => {
    const { narrative, findings } = await loadFixture('yaml-syntax');
    expect(narrative).toBeUndefined();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'yaml/syntax')).toBe(true);
    expect(where(findings[0]!)).toBe(`${SECTION}:8:1 yaml/syntax`);
    expect(findings[0]!.hint).toMatch(/indentation/);
  });

  it('places a missing required key on the mapping that lacks it', async () => {
    const { findings } = await loadFixture('missing-required');
    expect(findings.map(where)).toEqual([`${SECTION}:2:1 schema/required`, `${SECTION}:19:5 schema/required`]);
    expect(findings[0]!.loc).toEqual({ file: SECTION, line: 2, column: 1 });
    expect(findings[0]!.message).toContain('`summary`');
    expect(findings[1]!.message).toContain('`facts[1].evidence`');
  });

  it('places a wrong type on the value node', async () => {
    const { findings } = await loadFixture('wrong-type');
    expect(findings.map(where)).toEqual([`${SECTION}:3:9 schema/type`, `${SECTION}:11:12 schema/type`]);
    expect(findings[1]!.message).toBe('`facts[0].value` must be a number, not text ("1500万").');
    expect(findings[1]!.loc).toMatchObject({ endLine: 11, endColumn: 17 });
    expect(findings[1]!.hint).toMatch(/scale/);
  });

  it('places an unknown key on the key itself, with a did-you-mean', async () => {
    const { findings } = await loadFixture('unknown-key');
    const unknown = findings.filter((f) => f.rule === 'schema/unknown-key');
    expect(unknown.map(where)).toEqual([`${SECTION}:6:1 schema/unknown-key`, `${SECTION}:17:5 schema/unknown-key`]);
    expect(unknown[0]!.hint).toMatch(/^did you mean `keyPoints`\?/);
    expect(unknown[1]!.hint).toMatch(/^did you mean `metric`\?/);
    expect(findings.filter((f) => f.rule === 'schema/required').map((f) => f.message)).toEqual([
      '`keyPoints` is required but missing or empty.',
      '`facts[0].metric` is required but missing or empty.',
    ]);
  });

  it('reports duplicate ids at the second definition, naming the first', async () => {
    const { findings } = await loadFixture('duplicate-id');
    expect(findings.map(where)).toEqual([`${SECTION}:20:9 ref/duplicate-id`, `${SECTION}:59:14 ref/duplicate-id`]);
    expect(findings[0]!.message).toContain(`${SECTION}:9:9`);
    expect(findings[1]!.message).toContain('paragraph id `growth`');
  });

  it('reports every dangling reference with the closest existing ids', async () => {
    const { findings } = await loadFixture('dangling-ref');
    expect(findings.map(where)).toEqual([
      'narrative.yaml:19:16 ref/dangling',
      `${SECTION}:18:16 ref/dangling`,
      `${SECTION}:45:16 ref/dangling`,
      `${SECTION}:48:29 ref/dangling`,
    ]);
    expect(findings.map((f) => f.hint)).toEqual([
      'did you mean `cloud-fall`?',
      'existing paragraph ids include `growth`, `retail-stumble`, `cloud-fall-p3`',
      'did you mean `explain-slowdown`?',
      'did you mean `revenue-2021`?',
    ]);
  });

  it('reports a section without prose', async () => {
    const { findings } = await loadFixture('empty-section');
    expect(findings.filter((f) => f.rule === 'content/empty-section').map(where)).toEqual([
      `${SECTION}:54:1 content/empty-section`,
    ]);
  });

  it('points at the exact column of each unrestored * artifact', async () => {
    const { findings } = await loadFixture('unrestored-artifact');
    const artifacts = findings.filter((f) => f.rule === 'content/unrestored-artifact');
    // 亚马逊踩了急刹车,零售业务*个闪了腰。 — the * is the 14th character; 这还不是＊! — the ＊ is the 5th.
    expect(artifacts.map(where)).toEqual([
      `${SECTION}:57:14 content/unrestored-artifact`,
      `${SECTION}:59:5 content/unrestored-artifact`,
    ]);
    expect(artifacts[0]!.hint).toMatch(/editorialChanges.*restored/);
    // The editorial change says the paragraph was restored, but it was not.
    expect(findings.filter((f) => f.rule === 'content/editorial-not-found').map(where)).toEqual([
      'narrative.yaml:25:18 content/editorial-not-found',
    ]);
  });

  it('reports evidence that does not occur verbatim, showing where it parts', async () => {
    const { findings } = await loadFixture('evidence-not-found');
    expect(findings.map(where)).toEqual([`${SECTION}:19:15 content/evidence-not-found`]);
    expect(findings[0]!.hint).toContain('matches “1996年” but then differs');
  });

  it('reports a value its evidence does not state, accepting separators and full-width digits', async () => {
    const { findings } = await loadFixture('value-mismatch');
    expect(findings.map(where)).toEqual([
      `${SECTION}:22:12 content/value-mismatch`,
      `${SECTION}:34:12 content/value-mismatch`,
    ]);
    expect(findings[1]!.message).toBe('Fact `aws-growth-2022` has value 29.4, which its evidence does not state.');
    expect(findings[1]!.hint).toContain('the evidence writes 2022, 29');
  });

  it('maps nested zod paths (an option inside an item inside a section) to the exact node', async () => {
    const { findings } = await loadFixture('nested-path');
    expect(findings.map(where)).toEqual([
      `${SECTION}:50:9 schema/required`,
      `${SECTION}:51:15 schema/type`,
      `${SECTION}:53:18 schema/type`,
    ]);
    expect(findings.map((f) => f.message.split(' ')[0])).toEqual([
      '`items[0].options[0].text`',
      '`items[0].options[1].text`',
      '`items[0].options[2].correct`',
    ]);
    expect(findings[1]!.hint).toBe('put it in quotes so YAML reads it as text: `text: "4600"`');
  });

  it('reports listed files that are missing or outside the folder, and warns about unlisted ones', async () => {
    const { narrative, findings } = await loadFixture('files');
    expect(narrative).toBeUndefined();
    expect(findings.map((f) => `${where(f)} ${f.severity}`)).toEqual([
      'narrative.yaml:9:5 file/missing error',
      'narrative.yaml:10:5 schema/invalid error',
      'sections/99-draft.md:1:1 file/unlisted warning',
    ]);
    expect(errorsOf(findings)).toHaveLength(2);
  });
});
