import * as deckModule from '@lectern/deck';
import * as quizModule from '@lectern/quiz';
import { CliError } from '../errors.js';

/**
 * The one place where the CLI meets @lectern/deck and @lectern/quiz. Those packages are built in
 * parallel with the CLI, so each function is looked up by name at call time: a function that is not
 * exported yet gives a clear `pipeline/missing-api` error instead of a crash at import.
 */
type AnyFn = (...args: never[]) => unknown;
type PackageName = '@lectern/deck' | '@lectern/quiz';

const modules: Record<PackageName, Record<string, unknown>> = {
  '@lectern/deck': deckModule as Record<string, unknown>,
  '@lectern/quiz': quizModule as Record<string, unknown>,
};

/** Whether the package exports a function of that name. */
export function hasApi(pkg: PackageName, name: string): boolean {
  return typeof modules[pkg][name] === 'function';
}

/** The exported function, or a CliError naming what is missing. */
export function api<F extends AnyFn>(pkg: PackageName, name: string): F {
  const fn = modules[pkg][name];
  if (typeof fn !== 'function') {
    throw new CliError('pipeline/missing-api', `${pkg} does not export ${name}() yet`, {
      hint: `this Lectern build is incomplete: ${pkg} must provide ${name}; use --only or --formats to skip it`,
    });
  }
  return fn as F;
}

/** Functions of the contract that the installed packages do not provide (for `lectern --version --debug`, tests, reports). */
export function missingApis(): string[] {
  const wanted: [PackageName, string][] = [
    ['@lectern/deck', 'buildDeckModel'],
    ['@lectern/deck', 'renderMarpMarkdown'],
    ['@lectern/deck', 'renderDeckHtml'],
    ['@lectern/deck', 'lintDeck'],
    ['@lectern/deck', 'listThemes'],
    ['@lectern/deck', 'createDeckRenderer'],
    ['@lectern/deck', 'renderDeckFiles'],
    ['@lectern/deck', 'exportPptx'],
    ['@lectern/deck', 'exportBrowserFormats'],
    ['@lectern/quiz', 'buildItemBank'],
    ['@lectern/quiz', 'assembleQuiz'],
    ['@lectern/quiz', 'lintItems'],
    ['@lectern/quiz', 'toCheckpoints'],
    ['@lectern/quiz', 'exportQuizJson'],
    ['@lectern/quiz', 'exportQuizJsonSchema'],
    ['@lectern/quiz', 'exportQuizMarkdown'],
    ['@lectern/quiz', 'exportAnswerKey'],
    ['@lectern/quiz', 'exportQuizHtml'],
    ['@lectern/quiz', 'exportQuizGift'],
    ['@lectern/quiz', 'exportQuizMoodleXml'],
    ['@lectern/quiz', 'exportQuizQti'],
  ];
  return wanted.filter(([pkg, name]) => !hasApi(pkg, name)).map(([pkg, name]) => `${pkg}#${name}`);
}

/** The package functions each output format needs. */
const FORMAT_APIS: Record<string, [PackageName, string][]> = {
  md: [['@lectern/deck', 'renderDeckFiles']],
  html: [['@lectern/deck', 'renderDeckFiles']],
  pdf: [['@lectern/deck', 'renderDeckFiles'], ['@lectern/deck', 'exportBrowserFormats']],
  png: [['@lectern/deck', 'renderDeckFiles'], ['@lectern/deck', 'exportBrowserFormats']],
  pptx: [['@lectern/deck', 'exportPptx']],
  json: [['@lectern/quiz', 'exportQuizJson'], ['@lectern/quiz', 'exportQuizJsonSchema']],
  print: [['@lectern/quiz', 'exportQuizMarkdown'], ['@lectern/quiz', 'exportAnswerKey']],
  quizhtml: [['@lectern/quiz', 'exportQuizHtml']],
  gift: [['@lectern/quiz', 'exportQuizGift']],
  moodle: [['@lectern/quiz', 'exportQuizMoodleXml']],
  qti: [['@lectern/quiz', 'exportQuizQti']],
};

/** The functions a format needs that the installed packages do not export (empty when it can be built). */
export function missingForFormat(format: string): string[] {
  return (FORMAT_APIS[format] ?? []).filter(([pkg, name]) => !hasApi(pkg, name)).map(([pkg, name]) => `${pkg}#${name}`);
}
