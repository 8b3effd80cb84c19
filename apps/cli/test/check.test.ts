import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../src/commands/check.js';
import { list } from '../src/commands/list.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('check', () => {
  it('passes a valid narrative with exit 0 and a clean summary', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await check({}, io)).toBe(0);
    expect(io.err()).toContain('no problems in 1 narrative');
  });

  it('reports every content error with its place and exits 1', async () => {
    const p = tempProject('broken');
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await check({}, io)).toBe(1);
    const err = io.err();
    expect(err).toMatch(/content\/broken\/sections\/01-only\.md:\d+:\d+ {2}error/);
    expect(err).toMatch(/✖ \d+ errors?/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('prints JSON with findings and a summary under --json', async () => {
    const p = tempProject('broken');
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await check({ json: true }, io)).toBe(1);
    const result = JSON.parse(io.out());
    expect(result.ok).toBe(false);
    expect(result.summary.errors).toBeGreaterThan(0);
    expect(result.narratives[0].findings[0]).toHaveProperty('rule');
    expect(io.err()).toBe('');
  });

  it('accepts a narrative folder or id as argument and refuses an unknown one with a usage error', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await check({ narratives: ['mini'] }, ioFor(p.dir))).toBe(0);
    expect(await check({ narratives: [path.join('content', 'mini')] }, ioFor(p.dir))).toBe(0);
    await expect(check({ narratives: ['nope'] }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('list', () => {
  it('lists sections, facts and items', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await list({ json: true }, io)).toBe(0);
    const [n] = JSON.parse(io.out()).narratives;
    expect(n.id).toBe('mini');
    expect(n.sections.map((s: { id: string }) => s.id)).toEqual(['the-shop', 'the-cloud']);
    expect(n.sections[0].facts).toBe(2);
    expect(n.sections[1].items).toBe(2);
    const table = ioFor(p.dir);
    await list({}, table);
    expect(table.out()).toContain('01 the-shop');
  });
});
