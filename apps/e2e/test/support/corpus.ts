import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { missingApis } from '@lectern/cli';
import { BAD_FIXTURES } from '../../src/paths.js';

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

const PLAIN = ['md', 'html', 'pptx', 'json', 'print', 'quizhtml', 'gift', 'moodle', 'qti'] as const;
const NEEDS: Record<string, string[]> = {
  md: ['renderDeckFiles'],
  html: ['renderDeckFiles'],
  pptx: ['exportPptx'],
  json: ['exportQuizJson'],
  print: ['exportQuizMarkdown', 'exportAnswerKey'],
  quizhtml: ['exportQuizHtml'],
  gift: ['exportQuizGift'],
  moodle: ['exportQuizMoodleXml'],
  qti: ['exportQuizQti'],
};

/**
 * The formats that need no browser and that the packages can already build, comma-separated (the deck and
 * quiz packages are finished in parallel; a format whose exporter is missing is left out, not failed).
 */
export function plainFormats(): string {
  const missing = new Set(missingApis().map((m) => m.split('#')[1]));
  return PLAIN.filter((f) => NEEDS[f]!.every((fn) => !missing.has(fn))).join(',');
}
