import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ioFor, tempProject } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function runBin(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', LECTERN_DEBUG: '' }, timeout: 170_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('runCli', () => {
  it('maps usage mistakes to exit 2 and help/version to 0', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await runCli(['frobnicate'], ioFor(p.dir))).toBe(2);
    expect(await runCli(['check', '--bogus'], ioFor(p.dir))).toBe(2);
    expect(await runCli(['build', '--formats', 'docx'], ioFor(p.dir))).toBe(2);
    const help = ioFor(p.dir);
    expect(await runCli(['build', '--help'], help)).toBe(0);
    expect(help.out()).toContain('--formats');
    const version = ioFor(p.dir);
    expect(await runCli(['--version'], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints an unexpected exception as an internal error with exit 70, stack only with --debug', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    // A config file that throws while loading is a user error (exit 1), not an internal one.
    const io = ioFor(p.dir);
    expect(await runCli(['check', '--config', 'missing.json'], io)).toBe(1);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!existsSync(BIN))('the built binary', () => {
  it('checks content with exit codes and no stack traces', { timeout: 600_000 }, async () => {
    const good = tempProject();
    const bad = tempProject('broken');
    cleanup = () => {
      good.cleanup();
      bad.cleanup();
    };
    const ok = await runBin(['check'], good.dir);
    expect(ok.code).toBe(0);
    const fail = await runBin(['check'], bad.dir);
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/01-only\.md:\d+:\d+ {2}error/);
    expect(fail.stderr).not.toMatch(/\n\s+at /);
    const usage = await runBin(['nope'], good.dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
    const built = await runBin(['build', '--formats', 'md,html', '--quiet'], good.dir);
    expect(built.code).toBe(0);
    expect(built.stdout).toBe('');
  });
});
