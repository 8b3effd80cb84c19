import { createDeckRenderer, type DeckRenderer } from '@lectern/deck';
import { hasErrors, type Narrative } from '@lectern/narrative';
import { type BrowserPlan, planBrowser } from '../outputs/browser-plan.js';
import { browserDeckFiles, plainDeckFiles, pptxFile } from '../outputs/deck-outputs.js';
import { type EarlyBrowser, startBrowserEarly } from '../outputs/early-browser.js';
import { deckFolder, type FileData } from '../outputs/output-files.js';
import { quizFiles, quizReportFiles } from '../outputs/quiz-outputs.js';
import { type BuildContext, type BuildRequest, DEFAULT_REQUEST } from '../request/build-request.js';
import { isDeckFormat, type QuizFormat } from '../request/formats.js';
import type { CourseBuild } from './course-build.js';
import { LastResult } from '../cache/last-result.js';
import { CourseMemo } from './course-memo.js';
import type { CourseRun } from './course-run.js';
import { runCourse } from './run-course.js';

/**
 * Builds narratives: `check` is the model stage, `build` is `check` then rendering, so the two report the
 * same findings for the same narrative and request. A long-lived builder (watch mode) keeps the item bank,
 * the quiz and one caching deck renderer per cut, so a rebuild redoes only what an edit changed; its
 * output is byte-identical to a fresh builder's.
 */
export class CourseBuilder {
  private readonly memo = new CourseMemo();
  private readonly renderers = new Map<string, DeckRenderer>();
  /** The quiz files of the last quiz (with its teaching slides). */
  private readonly quizOutputs = new LastResult<[string, FileData][]>();

  /** How many times the item bank was reused instead of rebuilt. */
  get bankHits(): number {
    return this.memo.bank.hits;
  }

  /** Everything but rendering: bank, quiz, checkpoints, decks, teaching slides and findings. */
  check(narrative: Narrative, request: BuildRequest = DEFAULT_REQUEST): CourseRun {
    return runCourse(narrative, request, this.memo);
  }

  /**
   * `check`, then the requested formats rendered in memory. A run with error findings renders nothing
   * (no files, no folders): the caller keeps the last good output.
   */
  async build(narrative: Narrative, request: BuildRequest = DEFAULT_REQUEST, context: BuildContext = {}): Promise<CourseBuild> {
    const run = this.check(narrative, request);
    const result: CourseBuild = {
      narrativeId: narrative.id,
      run,
      files: new Map(),
      folders: [],
      slides: run.decks.map(({ cut, deck }) => ({ cut, count: deck.slides.length })),
      items: run.quiz.items.length,
      findings: run.findings,
      warnings: [],
    };
    if (hasErrors(run.findings)) return result;
    const deckFormats = request.formats.filter(isDeckFormat);
    const browser: BrowserPlan = planBrowser(deckFormats, request.formatsExplicit, context.env ?? process.env);
    if (browser.skipped) result.warnings.push({ message: browser.skipped.message, hint: browser.skipped.hint });
    const early = browser.pdf || browser.png ? startBrowserEarly() : undefined;
    try {
      await this.renderQuiz(result, run);
      await this.renderDecks(result, run, browser, context, early);
    } finally {
      await early?.close();
    }
    return result;
  }

  private async renderQuiz(result: CourseBuild, run: CourseRun): Promise<void> {
    const formats = run.request.formats.filter((f): f is QuizFormat => !isDeckFormat(f));
    if (formats.length === 0) return;
    const lms = run.request.quiz.lms;
    const files = await this.quizOutputs.get(JSON.stringify([run.quiz, formats, lms, run.bank.blueprint]), async () => [
      ...(await quizFiles(run.quiz, formats, lms)),
      ...(formats.includes('json') ? quizReportFiles(run.quiz, run.bank) : []),
    ]);
    result.folders.push('quiz');
    for (const [name, data] of files) result.files.set(`quiz/${name}`, data);
  }

  private async renderDecks(result: CourseBuild, run: CourseRun, browser: BrowserPlan, context: BuildContext, early?: EarlyBrowser): Promise<void> {
    const formats = run.request.formats.filter(isDeckFormat);
    if (formats.length === 0) return;
    for (const { cut, deck } of run.decks) {
      const folder = deckFolder(cut);
      result.folders.push(folder);
      const { files, html } = plainDeckFiles(deck, formats, this.rendererFor(cut));
      if (formats.includes('pptx')) files.push(await pptxFile(deck));
      if (browser.pdf || browser.png) {
        const what = [browser.pdf && 'PDF', browser.png && 'PNG'].filter(Boolean).join(' + ');
        context.onProgress?.(`${run.narrative.id}: exporting ${what} of ${folder}…`);
        files.push(...(await browserDeckFiles(html, browser.pdf, browser.png, await early?.session())));
      }
      for (const [name, data] of files) result.files.set(`${folder}/${name}`, data);
    }
  }

  private rendererFor(cut: string): DeckRenderer {
    let renderer = this.renderers.get(cut);
    if (!renderer) {
      renderer = createDeckRenderer();
      this.renderers.set(cut, renderer);
    }
    return renderer;
  }
}

/** `check` of a fresh builder: the findings (and models) a build of `narrative` under `request` would have. */
export function checkCourse(narrative: Narrative, request: BuildRequest = DEFAULT_REQUEST): CourseRun {
  return runCourse(narrative, request);
}

/** `build` of a fresh builder: every output of `narrative` in memory, plus the findings. */
export function buildCourse(narrative: Narrative, request: BuildRequest = DEFAULT_REQUEST, context: BuildContext = {}): Promise<CourseBuild> {
  return new CourseBuilder().build(narrative, request, context);
}
