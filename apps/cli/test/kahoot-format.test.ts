import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('build --formats kahoot', { timeout: 600_000 }, () => {
  it('writes quiz.kahoot.xlsx and names every item it leaves out; a default build neither', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await build({ formats: 'kahoot', json: true }, io)).toBe(0);
    expect(existsSync(path.join(p.dir, 'out/mini/quiz/quiz.kahoot.xlsx'))).toBe(true);
    const findings = JSON.parse(io.out()).narratives[0].findings as { rule: string; message: string }[];
    const skipped = findings.filter((f) => f.rule === 'quiz/kahoot-skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const f of skipped) expect(f.message).toMatch(/^\S+: not in quiz\.kahoot\.xlsx: .+/);
    const plain = ioFor(p.dir);
    expect(await build({ formats: 'json', json: true, out: 'other' }, plain)).toBe(0);
    expect(JSON.stringify(JSON.parse(plain.out()))).not.toContain('kahoot');
  });
});
