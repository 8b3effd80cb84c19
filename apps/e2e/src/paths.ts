import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The apps/e2e folder. */
export const E2E_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
/** The repository root. */
export const REPO_ROOT = path.resolve(E2E_ROOT, '..', '..');
/** The built `lectern` binary (`pnpm -F @lectern/cli build`). */
export const CLI_BIN = path.join(REPO_ROOT, 'apps', 'cli', 'dist', 'bin.js');
export const FIXTURES = path.join(E2E_ROOT, 'test', 'fixtures');
/** The small valid narrative every bad case starts from. */
export const BASE_NARRATIVE = path.join(FIXTURES, 'base');
/** One folder per committed bad case, each with a `case.json`. */
export const BAD_FIXTURES = path.join(FIXTURES, 'bad');
/** Formats that need no browser: what most e2e builds ask for. */
export const PLAIN_FORMATS = 'md,html,pptx,json,print,quizhtml,gift,moodle,qti';
