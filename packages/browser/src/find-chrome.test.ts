import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChrome } from './find-chrome.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-find-chrome-'));
const exe = join(dir, 'chrome');
const plain = join(dir, 'not-executable');
writeFileSync(exe, '#!/bin/sh\n');
chmodSync(exe, 0o755);
writeFileSync(plain, '');
chmodSync(plain, 0o644);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findChrome', () => {
  it('prefers CHROME_PATH when it names an executable', () => {
    expect(findChrome({ CHROME_PATH: exe }, [plain])).toBe(exe);
  });

  it('ignores a CHROME_PATH that is missing or not executable and tries the candidates', () => {
    expect(findChrome({ CHROME_PATH: join(dir, 'missing') }, [exe])).toBe(exe);
    expect(findChrome({ CHROME_PATH: plain }, [plain, exe])).toBe(exe);
  });

  it('returns undefined when nothing is found', () => {
    expect(findChrome({}, [join(dir, 'missing'), plain])).toBeUndefined();
  });
});
