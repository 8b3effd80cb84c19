import { fileURLToPath } from 'node:url';
import { type Narrative, parseNarrative, readNarrativeFiles } from '@lectern/narrative';
import { buildItemBank } from '@lectern/quiz';
import { describe, expect, it } from 'vitest';
import { BankCache } from '../src/pipeline/bank-cache.js';

const dir = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));

async function narrativeWith(edit: (files: Record<string, string>) => Record<string, string>): Promise<Narrative> {
  const { narrative, findings } = parseNarrative(edit(await readNarrativeFiles(dir)), { dir });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return narrative!;
}

/** Appends a sentence to the paragraph marked `{#id}` in `file`. */
const appendTo = (file: string, id: string) => (files: Record<string, string>) => {
  expect(files[file]).toContain(` {#${id}}`);
  return { ...files, [file]: files[file]!.replace(` {#${id}}`, `这一变化值得持续观察。 {#${id}}`) };
};

describe('BankCache', () => {
  it('reuses the bank for a prose edit of an uncited paragraph, and rebuilds it for a cited one', async () => {
    const cache = new BankCache();
    const original = await narrativeWith((f) => f);
    expect(JSON.stringify(cache.get(original))).toBe(JSON.stringify(buildItemBank(original)));
    expect(cache.hits).toBe(0);

    // s2-p01 is cited by no fact, quote, event or item: the bank does not read its text.
    const uncited = await narrativeWith(appendTo('sections/02-defend-base.md', 's2-p01'));
    const kept = cache.get(uncited);
    expect(cache.hits).toBe(1);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(buildItemBank(uncited)));

    // A paragraph a fact cites: its text is quoted in the items' passages.
    const citedId = original.sections.flatMap((s) => s.facts)[0]!.paragraph;
    const section = original.sections.find((s) => s.paragraphs.some((p) => p.id === citedId))!;
    const cited = await narrativeWith(appendTo(section.file, citedId));
    const rebuilt = cache.get(cited);
    expect(cache.hits).toBe(1);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(buildItemBank(cited)));
    expect(JSON.stringify(rebuilt)).not.toBe(JSON.stringify(kept));
  });
});
