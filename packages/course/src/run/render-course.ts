import { createDeckRenderer, type DeckRenderer, directoryFontCache } from '@lectern/deck';
import { type BrowserPlan, planBrowser } from '../outputs/browser-plan.js';
import { browserDeckFiles, plainDeckFiles, pptxFile } from '../outputs/deck-outputs.js';
import { type EarlyBrowser, startBrowserEarly } from '../outputs/early-browser.js';
import { examFiles } from '../outputs/exam-files.js';
import { deckFolder, type FileData, formFolder } from '../outputs/output-files.js';
import { quizFiles, quizReportFiles } from '../outputs/quiz-outputs.js';
import type { LastResult } from '../cache/last-result.js';
import type { BuildContext } from '../request/build-request.js';
import { isDeckFormat, type QuizFormat } from '../request/formats.js';
import type { CourseBuild } from './course-build.js';
import type { CourseRun } from './course-run.js';

/** What a long-lived builder keeps between renders: the last quiz files and one caching deck renderer per cut. */
export interface RenderState {
  quizOutputs: LastResult<[string, FileData][]>;
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
    await renderQuiz(result, run, browser.exam ? early : undefined, context, state);
    await renderDecks(result, run, browser, context, state, early);
  } finally {
    await early?.close();
  }
}

async function renderQuiz(
  result: CourseBuild,
  run: CourseRun,
  printer: EarlyBrowser | undefined,
  context: BuildContext,
  state: RenderState,
): Promise<void> {
  const formats = run.request.formats.filter((f): f is QuizFormat => !isDeckFormat(f));
  if (formats.length === 0) return;
  const lms = run.request.quiz.lms;
  const key = JSON.stringify([run.quiz, run.forms, formats, lms, run.bank.blueprint, printer !== undefined]);
  const files = await state.quizOutputs.get(key, async () => {
    const out = [
      ...(await quizFiles(run.quiz, formats, lms)),
      ...(formats.includes('json') ? quizReportFiles(run.quiz, run.bank) : []),
    ];
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
  result.folders.push('quiz');
  for (const [name, data] of files) result.files.set(`quiz/${name}`, data);
}

async function renderDecks(
  result: CourseBuild,
  run: CourseRun,
  browser: BrowserPlan,
  context: BuildContext,
  state: RenderState,
  early?: EarlyBrowser,
): Promise<void> {
  const formats = run.request.formats.filter(isDeckFormat);
  if (formats.length === 0) return;
  for (const { cut, deck } of run.decks) {
    const folder = deckFolder(cut);
    result.folders.push(folder);
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
    for (const [name, data] of files) result.files.set(`${folder}/${name}`, data);
  }
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
