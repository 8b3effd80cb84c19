import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { lectern, makeProject, type Project, scratchLeft } from '../support/project.js';

// Issue #10, item 9: a full disk, a file-size limit, a read-only disk or a refused permission is exit 1 with a
// message that says what to do (it was exit 70, "a bug in Lectern"). The faults are injected into writeFile.

const fault = vi.hoisted(() => ({ code: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = async (file, data, options) => {
    if (fault.code && String(file).includes(`${path.sep}deck${path.sep}`)) {
      throw Object.assign(new Error(`${fault.code}: injected, open '${String(file)}'`), {
        code: fault.code,
        syscall: 'open',
        path: String(file),
        errno: -28,
      });
    }
    return actual.writeFile(file, data, options);
  };
  return { ...actual, default: { ...actual, writeFile }, writeFile };
});

let p: Project;
beforeEach(async () => {
  p = await makeProject('lectern-faults-');
});
afterEach(async () => {
  fault.code = undefined;
  await removeDir(p.root);
});

describe('file-system faults while writing outputs', () => {
  for (const [code, says] of [
    ['ENOSPC', /disk is full/],
    ['EFBIG', /file-size limit/],
    ['EROFS', /read-only/],
    ['EACCES', /permission denied/],
  ] as const) {
    it(`${code}: exit 1, what happened and what to do, the last good output kept`, async () => {
      expect((await lectern(p.root, ['build', '--formats', 'md,json', '--quiet'])).code).toBe(0);
      fault.code = code;
      const run = await lectern(p.root, ['build', '--formats', 'md,json']);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(says);
      expect(run.err).toMatch(/hint: /);
      expect(run.err).not.toMatch(/internal error|bug in Lectern/);
      fault.code = undefined;
      const out = path.join(p.root, 'out');
      expect(await scratchLeft(out)).toEqual([]);
      expect(existsSync(path.join(out, 'e2e-base', 'deck', 'deck.md'))).toBe(true);
    });
  }
});
