import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../src/io.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A fresh temp folder holding a copy of a fixture content folder as `content/`. */
export function tempProject(fixture: 'content' | 'broken' = 'content'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-cli-'));
  cpSync(path.join(FIXTURES, fixture), path.join(dir, 'content'), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An io for a project folder: no terminal, no colour; no browser unless the caller adds CHROME_PATH. */
export function ioFor(cwd: string, env: Record<string, string | undefined> = {}) {
  return memoryIo({ cwd, env: { CHROME_PATH: '/nonexistent', ...env } });
}
