import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { PLAIN_FORMATS } from '../../src/paths.js';
import { diffSnapshots, snapshotDir } from '../../src/snapshot-dir.js';
import { lectern, makeProject, type Project, scratchLeft, waitFor } from '../support/project.js';

// Issue #10, item 1: Lectern only ever deletes or replaces what it wrote itself.

let p: Project;
beforeEach(async () => {
  p = await makeProject();
});
afterEach(async () => {
  await removeDir(p.root);
});

describe('an --out that would overwrite content is refused', () => {
  it('`lectern build --out .` beside content/ holding a narrative whose id is `content` destroys nothing', async () => {
    // The repro: `lectern new content` makes a narrative with id `content`; out/<id> would be content/.
    expect((await lectern(p.root, ['new', 'content', '--content', p.content])).code).toBe(0);
    const before = await snapshotDir(p.root);
    const run = await lectern(p.root, ['build', '--out', '.', '--formats', 'md,json']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refusing to write outputs to .*content folder/);
    expect(run.err).toMatch(/hint:/);
    expect(diffSnapshots(before, await snapshotDir(p.root))).toEqual([]);
  });

  it('refuses an --out that is a symbolic link to the content folder', async () => {
    await symlink(p.content, path.join(p.root, 'o'));
    const before = await snapshotDir(p.content);
    const run = await lectern(p.root, ['build', '--formats', 'md', '--out', 'o']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/content folder/);
    expect(diffSnapshots(before, await snapshotDir(p.content))).toEqual([]);
  });

  it('refuses an --out that is a link to the narrative folder when the narrative id is `sections`', async () => {
    const yaml = path.join(p.narrative, 'narrative.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('id: e2e-base', 'id: sections'));
    await symlink(p.narrative, path.join(p.root, 'o'));
    const before = await snapshotDir(p.narrative);
    const run = await lectern(p.root, ['build', '--formats', 'md', '--out', 'o']);
    expect(run.code).toBe(1);
    expect(diffSnapshots(before, await snapshotDir(p.narrative))).toEqual([]);
  });

  it('refuses an --out that is or contains the project root', async () => {
    const project = path.join(p.root, 'talk');
    await mkdir(project);
    await writeFile(path.join(project, 'package.json'), '{"name":"talk","private":true}\n');
    for (const out of ['.', '..']) {
      const before = await snapshotDir(p.root);
      const run = await lectern(project, ['build', '--content', p.content, '--formats', 'md', '--out', out]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/(is|contains) the (project|content) folder/);
      expect(diffSnapshots(before, await snapshotDir(p.root))).toEqual([]);
    }
    const run = await lectern(project, ['build', '--content', p.content, '--formats', 'md', '--out', '.']);
    expect(run.err).toMatch(/is the project folder/);
  });

  it('refuses an --out that names a file, with exit 1 and a message (not an internal error)', async () => {
    await writeFile(path.join(p.root, 'out'), 'a file\n');
    const run = await lectern(p.root, ['build', '--formats', 'md', '--out', 'out']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/names a file/);
    expect(run.err).not.toMatch(/internal error/);
  });
});

describe('out/<id> is replaced only when Lectern wrote it', () => {
  it('stamps each output folder with .lectern-output and the narrative id', async () => {
    expect((await lectern(p.root, ['build', '--formats', PLAIN_FORMATS, '--quiet'])).code).toBe(0);
    const stamp = JSON.parse(await readFile(path.join(p.root, 'out', 'e2e-base', '.lectern-output'), 'utf8'));
    expect(stamp).toEqual({ generator: 'lectern', narrative: 'e2e-base' });
    expect(await scratchLeft(path.join(p.root, 'out'))).toEqual([]);
  });

  it('refuses to replace a folder it did not write, leaving it as it was', async () => {
    const foreign = path.join(p.root, 'out', 'e2e-base');
    await mkdir(path.join(foreign, 'notes'), { recursive: true });
    await writeFile(path.join(foreign, 'notes', 'mine.txt'), 'my work\n');
    const before = await snapshotDir(p.root);
    const run = await lectern(p.root, ['build', '--formats', 'md,json']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refusing to replace .*Lectern did not write this folder/);
    expect(diffSnapshots(before, await snapshotDir(p.root))).toEqual([]);
  });

  it('refuses to replace out/<id> when it is a symbolic link', async () => {
    const elsewhere = path.join(p.root, 'elsewhere');
    await mkdir(path.join(elsewhere, 'deck'), { recursive: true });
    await writeFile(path.join(elsewhere, 'deck', 'keep.txt'), 'keep\n');
    await mkdir(path.join(p.root, 'out'));
    await symlink(elsewhere, path.join(p.root, 'out', 'e2e-base'));
    const run = await lectern(p.root, ['build', '--formats', 'md']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/symbolic link/);
    expect(await readFile(path.join(elsewhere, 'deck', 'keep.txt'), 'utf8')).toBe('keep\n');
  });
});

describe('a build replaces only the formats it writes (issue #12)', () => {
  it('`watch` with its default formats keeps the PPTX, GIFT, Moodle, QTI, PDF and PNG of an earlier build', async () => {
    expect((await lectern(p.root, ['build', '--formats', PLAIN_FORMATS, '--quiet'])).code).toBe(0);
    const out = path.join(p.root, 'out', 'e2e-base');
    // What a build with Chromium would also have left (made here without a browser).
    await writeFile(path.join(out, 'deck', 'deck.pdf'), '%PDF-1.7 earlier build\n');
    await mkdir(path.join(out, 'deck', 'slides'), { recursive: true });
    await writeFile(path.join(out, 'deck', 'slides', '001.png'), 'png of an earlier build');
    const kept = [
      'deck/deck.pptx',
      'deck/deck.pdf',
      'deck/slides/001.png',
      'deck-executive/deck.pptx',
      'quiz/quiz.gift.txt',
      'quiz/quiz.moodle.xml',
      'quiz/quiz.qti.zip',
    ];
    const before = new Map(await Promise.all(kept.map(async (f) => [f, await readFile(path.join(out, f))] as const)));
    const controller = new AbortController();
    const io = { lines: '' };
    const running = lectern(p.root, ['watch', '--quiet'], controller.signal).then((r) => {
      io.lines = r.err;
      return r;
    });
    // The first build of watch is done when deck.md is a new file (outputs are swapped in, never edited in place).
    const mtime = () =>
      stat(path.join(out, 'deck', 'deck.md')).then(
        (s) => s.ino,
        () => 0,
      );
    const first = await mtime();
    await waitFor(async () => (await mtime()) !== first, 'the first build of watch', 120_000);
    controller.abort();
    expect((await running).code, io.lines).toBe(0);
    for (const [file, data] of before) expect((await readFile(path.join(out, file))).equals(data), file).toBe(true);
  });

  it('`build --formats md` keeps the quiz and the deck files of other formats', async () => {
    expect((await lectern(p.root, ['build', '--formats', PLAIN_FORMATS, '--quiet'])).code).toBe(0);
    const out = path.join(p.root, 'out', 'e2e-base');
    const pptx = await readFile(path.join(out, 'deck', 'deck.pptx'));
    expect((await lectern(p.root, ['build', '--formats', 'md', '--quiet'])).code).toBe(0);
    expect((await readFile(path.join(out, 'deck', 'deck.pptx'))).equals(pptx)).toBe(true);
    expect(existsSync(path.join(out, 'quiz', 'quiz.qti.zip'))).toBe(true);
  });
});
