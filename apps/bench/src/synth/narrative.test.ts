import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { check, memoryIo } from '@lectern/cli';
import { hasErrors, parseNarrative } from '@lectern/narrative';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesizeNarrative } from './narrative.js';
import { writeNarrative } from './write-narrative.js';

const ten = synthesizeNarrative({ sections: 10, seed: 7 });
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('synthesizeNarrative', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(synthesizeNarrative({ sections: 10, seed: 7 }).files).toEqual(ten.files);
    expect(synthesizeNarrative({ sections: 10, seed: 8 }).files['sections/s0001.md']).not.toBe(
      ten.files['sections/s0001.md'],
    );
  });

  it('writes one file per section plus narrative.yaml, and counts what it wrote', () => {
    expect(Object.keys(ten.files)).toHaveLength(11);
    expect(ten.counts).toEqual({ sections: 10, paragraphs: 40, facts: 40, quotes: 10, events: 20, items: 20 });
  });

  it('parses into a valid narrative whose facts and quotes occur verbatim in their paragraphs', () => {
    const { narrative, findings } = parseNarrative(ten.files);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(narrative?.sections).toHaveLength(10);
    const paragraphs = new Map(narrative!.sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p.text]));
    for (const section of narrative!.sections) {
      for (const fact of section.facts) expect(paragraphs.get(fact.paragraph)).toContain(fact.evidence);
      for (const quote of section.quotes) expect(paragraphs.get(quote.paragraph)).toContain(quote.text);
      expect(new Set(section.facts.map((f) => f.group).filter(Boolean)).size).toBe(1);
    }
  });

  it('is prose in Chinese: CJK paragraphs made of full sentences', () => {
    const { narrative } = parseNarrative(ten.files);
    for (const p of narrative!.sections.flatMap((s) => s.paragraphs)) {
      const cjk = [...p.text].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
      expect(cjk / [...p.text].length).toBeGreaterThan(0.6);
      expect(p.text).toMatch(/。$/);
      expect(p.text).not.toMatch(/lorem|ipsum/i);
    }
  });

  it('passes `lectern check` with zero errors', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'lectern-synth-'));
    dirs.push(root);
    await writeNarrative(path.join(root, ten.id), ten.files);
    const io = memoryIo({ cwd: root });
    const code = await check({ content: root, narratives: [ten.id], json: true }, io);
    const result = JSON.parse(io.out()) as { ok: boolean; summary: { errors: number } };
    expect(result.summary.errors).toBe(0);
    expect(code).toBe(0);
    expect(hasErrors(parseNarrative(ten.files).findings)).toBe(false);
  });

  it('rejects a section count that is not a positive integer', () => {
    expect(() => synthesizeNarrative({ sections: 0 })).toThrow(RangeError);
    expect(() => synthesizeNarrative({ sections: 2.5 })).toThrow(RangeError);
  });
});
