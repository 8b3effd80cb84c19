import { buildItemBank } from '@lectern/quiz';
import { describe, expect, it } from 'vitest';
import { BankCache } from '../src/cache/bank-cache.js';
import { narrativeWith } from './helpers.js';

/** Appends a sentence to the paragraph marked `{#id}` in `file`. */
const appendTo = (file: string, id: string) => (files: Record<string, string>) => {
  expect(files[file]).toContain(` {#${id}}`);
  return { ...files, [file]: files[file]!.replace(` {#${id}}`, `这一变化值得持续观察。 {#${id}}`) };
};

describe('BankCache', () => {
  it('reuses the bank for an unchanged narrative, and rebuilds it after a prose edit (the bank reads all prose)', async () => {
    const cache = new BankCache();
    const original = await narrativeWith((f) => f);
    const first = cache.get(original);
    expect(JSON.stringify(first)).toBe(JSON.stringify(buildItemBank(original)));
    expect(cache.hits).toBe(0);

    // The same content read again (a save without a change): the kept bank.
    expect(cache.get(await narrativeWith((f) => f))).toBe(first);
    expect(cache.hits).toBe(1);

    // Note: every paragraph counts now: its length sets its section's share of the quiz, and cause items are
    // found in any sentence. So an edit of a paragraph no fact cites still rebuilds the bank.
    const edited = await narrativeWith(appendTo('sections/02-defend-base.md', 's2-p01'));
    const rebuilt = cache.get(edited);
    expect(cache.hits).toBe(1);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(buildItemBank(edited)));
    expect(JSON.stringify(rebuilt.blueprint)).not.toBe(JSON.stringify(first.blueprint));
  });
});
