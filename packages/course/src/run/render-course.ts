import { createDeckRenderer, type DeckRenderer, directoryFontCache } from '@lectern/deck';
import { type BrowserPlan, planBrowser } from '../outputs/browser-plan.js';
import { browserDeckFiles, plainDeckFiles, pptxFile } from '../outputs/deck-outputs.js';
import { type EarlyBrowser, startBrowserEarly } from '../outputs/early-browser.js';
import { examFiles } from '../outputs/exam-files.js';
import { deckFolder, type FileData, formFolder } from '../outputs/output-files.js';
import { quizFiles, quizReportFiles } from '../outputs/quiz-outputs.js';
import { type QuizChecks, quizChecks } from '@lectern/quiz';
import type { LastResult } from '../cache/last-result.js';
import type { BuildContext } from '../request/build-request.js';
import { isDeckFormat, type QuizFormat } from '../request/formats.js';
import type { CourseBuild } from './course-build.js';
import type { CourseRun } from './course-run.js';

/**
 * What a long-lived builder keeps between renders: the last quiz files, the last quiz report's item checks, and
 * one caching deck renderer per cut.
 */
export interface RenderState {
  quizOutputs: LastResult<[string, FileData][]>;
  /** The report's checks of the quiz's items: the report itself changes with the text's shares (every prose edit). */
  quizChecks: LastResult<QuizChecks>;
  /** The exam prints and the parallel forms' files. */
  quizExtras: LastResult<[string, FileData][]>;
  renderers: Map<string, DeckRenderer>;
}

/**
 * The render step of a build: the requested formats of a checked run, in memory, into `result`. It is its own
 * module, loaded by `CourseBuilder.build` on first use, so `check` never loads the renderers and exporters
 * (handlebars, Marp, pptxgenjs, xmlbuilder2, fflate, the browser).
 */
export async function renderCourse(
  result: CourseBuild,
  run: CourseRun,
  context: BuildContext,
  state: RenderState,
): Promise<void> {
  const browser: BrowserPlan = planBrowser(
    run.request.formats,
    run.request.formatsExplicit,
    context.env ?? process.env,
  );
  if (browser.skipped) result.warnings.push({ message: browser.skipped.message, hint: browser.skipped.hint });
  const early = browser.pdf || browser.png || browser.exam || browser.notes ? startBrowserEarly() : undefined;
  try {
    // Note: the decks render first, the full deck's first, for watch mode's preview (`context.onFolder`); the
    // files are kept in the usual order (quiz, then the decks), so a build's outputs do not depend on it.
    const decks = await renderDecks(run, browser, context, state, early);
    const quiz = await renderQuiz(run, browser.exam ? early : undefined, context, state);
    for (const [folder, files] of [...quiz, ...decks]) {
      result.folders.push(folder);
      for (const [name, data] of files) result.files.set(`${folder}/${name}`, data);
    }
  } finally {
    await early?.close();
  }
}

/** One output folder's files, paths relative to the folder. */
type Folder = [folder: string, files: [string, FileData][]];

/** Hands a folder's files to `context.onFolder` (with their paths under the output folder) and returns it. */
function rendered(context: BuildContext, folder: string, files: [string, FileData][]): Folder {
  context.onFolder?.(
    folder,
    files.map(([name, data]) => [`${folder}/${name}`, data]),
  );
  return [folder, files];
}

async function renderQuiz(
  run: CourseRun,
  printer: EarlyBrowser | undefined,
  context: BuildContext,
  state: RenderState,
): Promise<Folder[]> {
  const formats = run.request.formats.filter((f): f is QuizFormat => !isDeckFormat(f));
  if (formats.length === 0) return [];
  const lms = run.request.quiz.lms;
  // Note: the report is made apart from the rest, since the blueprint (the sections' shares of the text) moves
  // with every prose edit while the quiz mostly does not; it goes after the quiz files, as a fresh build has it.
  const key = JSON.stringify([run.quiz, run.forms, formats, lms, printer !== undefined]);
  const main = await state.quizOutputs.get(key, () => quizFiles(run.quiz, formats, lms));
  const report = formats.includes('json') ? reportFiles(run, state) : [];
  const rest = await state.quizExtras.get(key, async () => {
    const out: [string, FileData][] = [];
    if (printer && !run.forms) {
      context.onProgress?.(`${run.narrative.id}: printing the exam and its key…`);
      out.push(...(await examFiles(run.quiz, await printer.session())));
    }
    for (const { letter, quiz } of run.forms ?? []) {
      const folder = formFolder(letter);
      for (const [name, data] of await quizFiles(quiz, formats, lms)) out.push([`${folder}/${name}`, data]);
      if (!printer) continue;
      context.onProgress?.(`${run.narrative.id}: printing form ${letter} and its key…`);
      for (const [name, data] of await examFiles(quiz, await printer.session(), letter))
        out.push([`${folder}/${name}`, data]);
    }
    return out;
  });
  const files = [...main, ...report, ...rest];
  return [rendered(context, 'quiz', files)];
}

/** `quiz-report.json` and `.md`, with the checks of the quiz's items kept while the items are equal. */
function reportFiles(run: CourseRun, state: RenderState): [string, FileData][] {
  const { repeatFacts } = run.bank.blueprint;
  const checks = state.quizChecks.use(JSON.stringify([run.quiz.items, repeatFacts]), () =>
    quizChecks(run.quiz.items, repeatFacts),
  );
  return quizReportFiles(run.quiz, run.bank, checks);
}

async function renderDecks(
  run: CourseRun,
  browser: BrowserPlan,
  context: BuildContext,
  state: RenderState,
  early?: EarlyBrowser,
): Promise<Folder[]> {
  const formats = run.request.formats.filter(isDeckFormat);
  if (formats.length === 0) return [];
  const folders: Folder[] = [];
  // The full deck first: it is what the preview shows.
  const decks = [...run.decks].sort((a, b) => Number(b.cut === 'full') - Number(a.cut === 'full'));
  for (const { cut, deck } of decks) {
    const folder = deckFolder(cut);
    const { files, html } = await plainDeckFiles(
      deck,
      formats,
      rendererFor(state, cut, context),
      browser.pdf || browser.png,
    );
    if (formats.includes('pptx')) files.push(await pptxFile(deck));
    if (browser.pdf || browser.png || browser.notes) {
      const what = [browser.pdf && 'PDF', browser.png && 'PNG', browser.notes && 'notes PDF']
        .filter(Boolean)
        .join(' + ');
      context.onProgress?.(`${run.narrative.id}: exporting ${what} of ${folder}…`);
      const session = await early?.session();
      files.push(...(await browserDeckFiles(deck, html, browser, session, rendererFor(state, cut, context))));
    }
    folders.push(rendered(context, folder, files));
  }
  // Back in the request's order of cuts.
  return run.decks.map(({ cut }) => folders.find(([folder]) => folder === deckFolder(cut))!);
}

function rendererFor(state: RenderState, cut: string, context: BuildContext): DeckRenderer {
  let renderer = state.renderers.get(cut);
  if (!renderer) {
    renderer = createDeckRenderer(
      context.fontCacheDir === undefined ? {} : { fontCache: directoryFontCache(context.fontCacheDir) },
    );
    state.renderers.set(cut, renderer);
  }
  return renderer;
}
