import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDir, removeDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';
import { mkfifo } from '../support/fifo.js';
import { lectern } from '../support/project.js';

let root: string;
beforeEach(async () => {
  root = await tempDir('lectern-files-');
});
afterEach(async () => {
  await removeDir(root);
});

// Issue #10, item 4: a narrative.yaml that is a link to a file outside is not read (nor shown in a message).
describe('narrative.yaml as a symbolic link', () => {
  it('is refused with file/outside, and the linked file never appears in the output', async () => {
    const secret = path.join(root, 'secret.yaml');
    await writeFile(secret, 'root:x:0:0:SECRET-LINE:/root:/bin/bash\n');
    const dir = path.join(root, 'content', 'e2e-base');
    await copyDir(BASE_NARRATIVE, dir);
    await rm(path.join(dir, 'narrative.yaml'));
    await symlink(secret, path.join(dir, 'narrative.yaml'));
    const run = await lectern(root, ['check']);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toMatch(/narrative\.yaml.*file\/outside/);
    expect(run.out + run.err).not.toContain('SECRET-LINE');
  });
});

// Issue #10, item 11: import applies the loader's limits at its edge.
describe('lectern import limits', () => {
  const importInto = (file: string) => lectern(root, ['import', file, '--out-dir', path.join(root, 'content')]);

  it('refuses a binary file with exit 1, writing nothing', async () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    await writeFile(path.join(root, 'photo.txt'), bytes);
    const run = await importInto('photo.txt');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/binary data/);
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('refuses a file over 5 MB instead of writing thousands of sections', async () => {
    const para = '亚马逊云服务的营收在2023年增长了12%，达到了909亿美元。\n\n';
    await writeFile(path.join(root, 'huge.txt'), para.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(para))));
    const run = await importInto('huge.txt');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/at most 5 MB/);
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('refuses text that is not UTF-8 (GBK), with the place and an iconv hint', async () => {
    // "亚马逊" in GBK, after a line of ASCII.
    await writeFile(
      path.join(root, 'gbk.txt'),
      Buffer.concat([Buffer.from('Title\n'), Buffer.from([0xd1, 0xc7, 0xc2, 0xed, 0xd1, 0xb7])]),
    );
    const run = await importInto('gbk.txt');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/gbk\.txt:2:1 is not valid UTF-8/);
    expect(run.err).toMatch(/iconv/);
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO at once', async () => {
    await mkfifo(path.join(root, 'pipe.txt'));
    const run = await importInto('pipe.txt');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/not a regular file/);
  });
});

// Issue #10, item 11: a narrative folder that is a symbolic link is discovered.
describe('a narrative folder linked into the content folder', () => {
  it('is found by check and list without naming it', async () => {
    const elsewhere = path.join(root, 'shared', 'e2e-base');
    await copyDir(BASE_NARRATIVE, elsewhere);
    await mkdir(path.join(root, 'content'));
    await symlink(elsewhere, path.join(root, 'content', 'e2e-base'));
    const run = await lectern(root, ['check']);
    expect(run.code, run.err).toBe(0);
    const list = await lectern(root, ['list']);
    expect(list.out).toMatch(/e2e-base/);
    expect(await readdir(path.join(root, 'content'))).toEqual(['e2e-base']);
  });
});
