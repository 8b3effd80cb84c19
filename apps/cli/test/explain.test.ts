import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { explain } from '../src/commands/explain.js';
import { memoryIo } from '../src/io.js';
import { ALL_RULES } from '../src/rules/all-rules.js';

describe('lectern explain', () => {
  it('prints the entry of a rule, from any package', async () => {
    const io = memoryIo();
    expect(await explain({ rule: 'quiz/duplicate-id' }, io)).toBe(0);
    expect(io.out()).toContain('quiz/duplicate-id  (error)');
    expect(io.out()).toMatch(/hint: {4}Rename the authored item/);
    const json = memoryIo();
    await explain({ rule: 'deck/overflow', json: true }, json);
    expect(JSON.parse(json.out())).toMatchObject({ rule: 'deck/overflow', severity: 'warning' });
  });

  it('lists every rule with no argument', async () => {
    const io = memoryIo();
    expect(await explain({}, io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(ALL_RULES.length);
    for (const id of [
      'yaml/syntax',
      'deck/unknown-cut',
      'course/unknown-cut',
      'analysis/too-easy',
      'cli/usage',
      'fs/enospc',
    ])
      expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
  });

  it('refuses an unknown id with exit 2 and the closest ids, a legacy UPPER_CASE one included', async () => {
    await expect(explain({ rule: 'quiz/duplicate-idd' }, memoryIo())).rejects.toMatchObject({
      exitCode: 2,
      hint: expect.stringContaining('quiz/duplicate-id'),
    });
    const io = memoryIo();
    expect(await runCli(['explain', 'DECK_UNKNOWN_CUT'], io)).toBe(2);
    expect(io.err()).toContain('deck/unknown-cut');
    expect(io.err()).not.toMatch(/\n\s+at /);
    await expect(explain({ rule: 'zzz' }, memoryIo())).rejects.toMatchObject({ exitCode: 2 });
  });
});
