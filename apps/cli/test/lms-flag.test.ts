import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('build --lms', { timeout: 120_000 }, () => {
  it('shapes the Moodle file for the target and refuses an unknown one', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await build({ formats: ['moodle'], lms: 'moodle@4.1' }, ioFor(p.dir))).toBe(0);
    const xml = readFileSync(path.join(p.dir, 'out/mini/quiz/quiz.moodle.xml'), 'utf8');
    expect(xml).not.toContain('type="ordering"');
    expect(xml).toContain('<tags>');
    const bad = ioFor(p.dir);
    await expect(build({ formats: ['moodle'], lms: 'blackboard' }, bad)).rejects.toThrow(/lms/);
  });
});
