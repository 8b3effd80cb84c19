import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BAD_FIXTURES, PLAIN_FORMATS } from '../../src/paths.js';

/** What a bad case must produce: an error finding of `rule`, at `file:line` when given. */
export interface CaseExpectation {
  about: string;
  rule: string;
  file?: string;
  line?: number;
}

export interface CommittedCase extends CaseExpectation {
  name: string;
  dir: string;
}

/** The committed cases under test/fixtures/bad, sorted by name. */
export function committedCases(): CommittedCase[] {
  return readdirSync(BAD_FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(BAD_FIXTURES, name);
      const expect = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseExpectation;
      return { name, dir, ...expect };
    });
}

/** The formats that need no browser, comma-separated. */
export function plainFormats(): string {
  return PLAIN_FORMATS;
}
