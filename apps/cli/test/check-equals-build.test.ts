import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultNarrativeDir } from '@lectern/content';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { check } from '../src/commands/check.js';
import { ioFor } from './helpers.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A project holding a copy of the default narrative as content/amazon-aws-2023. */
function defaultProject(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-same-'));
  cpSync(defaultNarrativeDir, path.join(dir, 'content/amazon-aws-2023'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  });
  return dir;
}

async function findingsOf(command: typeof check | typeof build, flags: Record<string, unknown>, cwd: string) {
  const io = ioFor(cwd);
  const code = await command({ json: true, ...flags }, io);
  const result = JSON.parse(io.out());
  return { code, findings: result.narratives.flatMap((n: { findings: unknown[] }) => n.findings) };
}

describe('check and build', () => {
  it('fail alike on an authored item that takes a generated item’s id, and build writes nothing', async () => {
    const cwd = defaultProject();
    const file = path.join(cwd, 'content/amazon-aws-2023/sections/01-cloud-fall.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  - id: s1-recovery-tf\n', '  - id: gen-numeric-choice-amazon-go-closures\n'),
    );
    const checked = await findingsOf(check, {}, cwd);
    const built = await findingsOf(build, { formats: 'md,json' }, cwd);
    expect([checked.code, built.code]).toEqual([1, 1]);
    expect(checked.findings.map((f: { rule: string }) => f.rule)).toContain('quiz/duplicate-id');
    expect(built.findings).toEqual(checked.findings);
    expect(existsSync(path.join(cwd, 'out/amazon-aws-2023'))).toBe(false);
  });

  it('report identical findings under the same config (seed, quiz count, cuts)', async () => {
    const cwd = defaultProject();
    writeFileSync(
      path.join(cwd, 'lectern.config.json'),
      JSON.stringify({ seed: 5, quiz: { count: 9 }, cuts: ['full', 'executive'] }),
    );
    const checked = await findingsOf(check, {}, cwd);
    const built = await findingsOf(build, { formats: 'json' }, cwd);
    expect([checked.code, built.code]).toEqual([0, 0]);
    expect(built.findings).toEqual(checked.findings);
    const quiz = JSON.parse(readFileSync(path.join(cwd, 'out/amazon-aws-2023/quiz/quiz.json'), 'utf8'));
    expect([quiz.seed, quiz.items.length]).toEqual([5, 9]);
  });
});
