import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { FORMATS, isBrowserFormat } from '@lectern/course';
import { outputFormat } from '../src/output/output-format.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

it('knows the format of every file a build writes, so a partial build replaces exactly its own files', async () => {
  const project = tempProject();
  cleanup = project.cleanup;
  const io = ioFor(project.dir);
  expect(
    await runCli(
      ['build', '--formats', FORMATS.filter((f) => !isBrowserFormat(f)).join(','), '--forms', '2', '--quiet'],
      io,
    ),
    io.err(),
  ).toBe(0);
  const out = path.join(project.dir, 'out');
  const [id] = readdirSync(out);
  const files = readdirSync(path.join(out, id!), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== '.lectern-output')
    .map((e) => path.relative(path.join(out, id!), path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  expect(files.length).toBeGreaterThan(10);
  expect(files.filter((f) => outputFormat(f) === undefined)).toEqual([]);
  expect(outputFormat('deck/deck.pdf')).toBe('pdf');
  expect(outputFormat('deck-executive/deck-notes.pdf')).toBe('notes-pdf');
  expect(outputFormat('deck-executive/slides/012.png')).toBe('png');
  expect(outputFormat('quiz/form-b/exam-key.pdf')).toBe('exam');
  expect(files).toContain('quiz/form-b/quiz.moodle.xml');
}, 600_000);
