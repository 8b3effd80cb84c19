import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findNarratives, LecternError, loadNarrative, readNarrativeFiles } from '../src/index.js';
import { fixture } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-fs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fs layer', () => {
  it('reads narrative.yaml, listed sections, the source file and unlisted .md files', async () => {
    const files = await readNarrativeFiles(fixture('files'));
    expect(Object.keys(files).sort()).toEqual([
      'narrative.yaml',
      'sections/01-cloud-fall.md',
      'sections/99-draft.md',
      'source.txt',
    ]);
  });

  it('reports a missing narrative.yaml as a finding with a hint to run lectern new', async () => {
    const { narrative, findings } = await loadNarrative(dir);
    expect(narrative).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ rule: 'file/missing', severity: 'error' })]);
    expect(findings[0]!.hint).toContain('lectern new');
  });

  it('throws a LecternError for a folder that does not exist', async () => {
    await expect(loadNarrative(join(dir, 'nope'))).rejects.toMatchObject({
      name: 'LecternError',
      code: 'narrative/not-found',
    });
    await expect(loadNarrative(join(dir, 'nope'))).rejects.toBeInstanceOf(LecternError);
  });

  it('does not follow a symlink out of the narrative folder', async () => {
    const outside = join(dir, 'outside.md');
    await writeFile(outside, 'secret');
    const inner = join(dir, 'n');
    await mkdir(join(inner, 'sections'), { recursive: true });
    await writeFile(join(inner, 'narrative.yaml'), 'id: n\ntitle: t\nsections: [sections/a.md]\n');
    await symlink(outside, join(inner, 'sections/a.md'));
    const files = await readNarrativeFiles(inner);
    expect(files['sections/a.md']).toBeUndefined();
  });

  it('finds narrative folders, sorted, skipping node_modules', async () => {
    for (const sub of ['b-two', 'a-one', 'node_modules/pkg', 'deeper/c-three']) {
      await mkdir(join(dir, sub), { recursive: true });
      await writeFile(join(dir, sub, 'narrative.yaml'), 'id: x\n');
    }
    await mkdir(join(dir, 'empty'));
    expect(await findNarratives(dir)).toEqual([join(dir, 'a-one'), join(dir, 'b-two'), join(dir, 'deeper/c-three')]);
    expect(await findNarratives(join(dir, 'missing'))).toEqual([]);
  });
});
