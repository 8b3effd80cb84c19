import type { DeckRenderer } from '@lectern/deck';
import { hasErrors, type Narrative } from '@lectern/narrative';
import type { QuizChecks } from '@lectern/quiz';
import type { FileData } from '../outputs/output-files.js';
import { type BuildContext, type BuildRequest, DEFAULT_REQUEST } from '../request/build-request.js';
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
  /** The quiz files of the last quiz (with its teaching slides), the report's item checks, the exam and forms. */
  private readonly quizOutputs = new LastResult<[string, FileData][]>();
  private readonly quizChecks = new LastResult<QuizChecks>();
  private readonly quizExtras = new LastResult<[string, FileData][]>();

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
  async build(
    narrative: Narrative,
    request: BuildRequest = DEFAULT_REQUEST,
    context: BuildContext = {},
  ): Promise<CourseBuild> {
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
    // Note: loaded here, not at the top, so that `check` (and the CLI's check path) never loads the renderers.
    const { renderCourse } = await import('./render-course.js');
    await renderCourse(result, run, context, {
      quizOutputs: this.quizOutputs,
      quizChecks: this.quizChecks,
      quizExtras: this.quizExtras,
      renderers: this.renderers,
    });
    return result;
  }
}

/** `check` of a fresh builder: the findings (and models) a build of `narrative` under `request` would have. */
export function checkCourse(narrative: Narrative, request: BuildRequest = DEFAULT_REQUEST): CourseRun {
  return runCourse(narrative, request);
}

/** `build` of a fresh builder: every output of `narrative` in memory, plus the findings. */
export function buildCourse(
  narrative: Narrative,
  request: BuildRequest = DEFAULT_REQUEST,
  context: BuildContext = {},
): Promise<CourseBuild> {
  return new CourseBuilder().build(narrative, request, context);
}
