import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkfifo } from '../support/fifo.js';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir } from '../../src/narrative-files.js';
import { CLI_BIN, PLAIN_FORMATS } from '../../src/paths.js';
import { runLectern } from '../../src/run-lectern.js';
import { lectern, makeProject, type Project, scratchLeft, waitFor } from '../support/project.js';

let p: Project;
beforeEach(async () => {
  p = await makeProject('lectern-crash-');
});
afterEach(async () => {
  await removeDir(p.root);
});

/** Whether out/e2e-base holds a whole build: stamp, deck and quiz. */
function complete(out: string): boolean {
  return ['.lectern-output', 'deck/deck.md', 'deck/deck.html', 'quiz/quiz.json', 'quiz/quiz.md'].every((f) =>
    existsSync(path.join(out, 'e2e-base', f)),
  );
}

// Issue #10, item 6: a build killed at any moment never loses the last good output.
describe('crash safety', () => {
  it('a build killed between its two renames gets the last good output back on the next start', async () => {
    const out = path.join(p.root, 'out');
    expect((await lectern(p.root, ['build', '--formats', 'md,html,json,print', '--quiet'])).code).toBe(0);
    // The state a kill right after the first rename leaves: out/<id> moved aside, the new build beside it.
    await rename(path.join(out, 'e2e-base'), path.join(out, '.old-e2e-base-999999-0'));
    await writeFile(path.join(out, 'e2e-base.keep'), 'not ours\n');
    // The next start is a build whose content is broken: nothing new is written, the old output comes back.
    const yaml = path.join(p.narrative, 'narrative.yaml');
    const good = await readFile(yaml, 'utf8');
    await writeFile(yaml, good.replace('title:', 'titel:'));
    expect((await lectern(p.root, ['build', '--formats', 'md', '--quiet'])).code).toBe(1);
    expect(complete(out)).toBe(true);
    expect(await scratchLeft(out)).toEqual([]);
    expect(await readFile(path.join(out, 'e2e-base.keep'), 'utf8')).toBe('not ours\n');
  });

  it('stale .tmp-* and .old-* folders of a crashed run are removed; foreign look-alikes are not', async () => {
    const out = path.join(p.root, 'out');
    expect((await lectern(p.root, ['build', '--formats', 'md,json', '--quiet'])).code).toBe(0);
    const stamp = '{"generator":"lectern","narrative":"e2e-base"}\n';
    await writeFile(path.join(out, 'e2e-base', 'deck', 'deck.md.tmp-999999-3'), 'half-written');
    for (const dir of ['.tmp-e2e-base-999999-1', '.old-e2e-base-999999-2']) {
      await mkdir(path.join(out, dir, 'deck'), { recursive: true });
      await writeFile(path.join(out, dir, '.lectern-output'), stamp);
    }
    await mkdir(path.join(out, '.tmp-e2e-base-1-1'));
    await writeFile(path.join(out, '.tmp-e2e-base-1-1', 'mine.txt'), 'someone else\n');
    expect((await lectern(p.root, ['build', '--formats', 'md,json', '--quiet'])).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['.tmp-e2e-base-1-1', 'e2e-base']);
    expect(existsSync(path.join(out, 'e2e-base', 'deck', 'deck.md.tmp-999999-3'))).toBe(false);
  });

  it('builds killed at moments spread over their run always leave a whole output once the next one starts', async () => {
    const out = path.join(p.root, 'out');
    expect((await lectern(p.root, ['build', '--formats', PLAIN_FORMATS, '--quiet'])).code).toBe(0);
    for (const delay of [400, 1_200, 2_500]) {
      const child = spawn(process.execPath, [CLI_BIN, 'build', '--formats', 'md,html,json,print', '--quiet'], {
        cwd: p.root,
        stdio: 'ignore',
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      // A `check` never writes; the next build or watch starts by repairing.
      const next = await runLectern(['build', '--formats', 'json', '--quiet'], { cwd: p.root, timeoutMs: 120_000 });
      expect(next.code, next.stderr).toBe(0);
      expect(complete(out), `after a kill at ${delay} ms`).toBe(true);
      expect(await scratchLeft(out)).toEqual([]);
    }
  }, 600_000);
});

// Issue #10, item 9: ordinary faults are exit 1 with a message that says what to do.
describe('faults', () => {
  it('`--cut full,full` builds the full deck once', async () => {
    const run = await lectern(p.root, ['build', '--cut', 'full,full', '--formats', 'md', '--quiet']);
    expect(run.code, run.err).toBe(0);
    expect(existsSync(path.join(p.root, 'out', 'e2e-base', 'deck', 'deck.md'))).toBe(true);
  });

  it('three builds into one --out at the same time all succeed, one after the other', async () => {
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        runLectern(['build', '--formats', 'md,html,json,print', '--quiet'], { cwd: p.root, timeoutMs: 300_000 }),
      ),
    );
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/internal error|ENOTEMPTY/);
    }
    const out = path.join(p.root, 'out');
    expect(complete(out)).toBe(true);
    expect(await scratchLeft(out)).toEqual([]);
  }, 600_000);
});

// Issue #10, item 7: only regular files are read; a FIFO never hangs check, watch or serve.
describe.runIf(process.platform !== 'win32')('FIFOs and Ctrl-C', () => {
  it('`check` with a FIFO as source.txt exits 1 at once, naming the file', async () => {
    const source = path.join(p.narrative, 'source.txt');
    await removeDir(source);
    await mkfifo(source);
    const run = await runLectern(['check'], { cwd: p.root, timeoutMs: 60_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/source\.txt.* is not a regular file/);
  });

  it('`watch` goes on rebuilding after a FIFO appears as a listed section file', async () => {
    const child = spawn(process.execPath, [CLI_BIN, 'watch', '--formats', 'md'], {
      cwd: p.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8').on('data', (d: string) => {
        printed += d;
      });
    }
    try {
      await waitFor(() => /watching/.test(printed), 'watch to start', 120_000);
      const section = path.join(p.narrative, 'sections', '02-cloud.md');
      const text = await readFile(section, 'utf8');
      await removeDir(section);
      await mkfifo(section);
      await waitFor(() => /not a regular file/.test(printed), 'the FIFO to be reported', 120_000);
      await removeDir(section);
      await writeFile(section, text.replace('云', '雲'));
      await waitFor(
        () => /rebuilt .* after .*02-cloud\.md/.test(printed),
        'a rebuild after the FIFO is replaced',
        120_000,
      );
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('close', resolve));
    }
  }, 300_000);

  it('a second Ctrl-C stops `watch` at once; `build` stops on the first', async () => {
    const watch = spawn(process.execPath, [CLI_BIN, 'watch', '--formats', 'md'], {
      cwd: p.root,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let printed = '';
    watch.stdout.setEncoding('utf8').on('data', (d: string) => {
      printed += d;
    });
    await waitFor(() => /watching/.test(printed), 'watch to start', 120_000);
    const closed = new Promise<[number | null, string | null]>((resolve) =>
      watch.once('close', (code, signal) => resolve([code, signal])),
    );
    watch.kill('SIGINT');
    watch.kill('SIGINT');
    const [code, signal] = await closed;
    expect(code === 0 || code === 130 || signal === 'SIGINT').toBe(true);

    const build = spawn(process.execPath, [CLI_BIN, 'build', '--formats', PLAIN_FORMATS], {
      cwd: p.root,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let built = '';
    build.stdout.setEncoding('utf8').on('data', (d: string) => {
      built += d;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ended = new Promise<string | null>((resolve) => build.once('close', (_code, sig) => resolve(sig)));
    build.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(built).not.toMatch(/✔/);
  }, 300_000);
});
