import type { Finding, Narrative } from '@lectern/narrative';
import type { Format, QuizFormat } from '../config/formats.js';
import { isDeckFormat } from '../config/formats.js';
import type { BuildOptions, QuizSettings } from '../config/resolve-options.js';
import { buildDeckModel, createDeckRenderer, type DeckRenderer, lintDeck } from '@lectern/deck';
import { lintItems, type Quiz, toCheckpoints } from '@lectern/quiz';
import { usageError } from '../errors.js';
import { type BrowserPlan, planBrowser } from './browser-plan.js';
import { browserDeckFiles, plainDeckFiles, pptxFile } from './deck-outputs.js';
import { type EarlyBrowser, startBrowserEarly } from './early-browser.js';
import { BankCache } from './bank-cache.js';
import { LastResult } from './last-result.js';
import { deckFolder, type FileData, type OutputFiles } from './output-files.js';
import { assembleFromSettings, lmsFindings, quizFiles, quizReportFiles, withTeachingSlides } from './quiz-outputs.js';

export interface BuildRequest {
  formats: readonly Format[];
  formatsExplicit: boolean;
  theme?: string;
  seed: number;
  /** Cut ids (`full` = whole narrative); undefined = full + every cut of the narrative. */
  cuts?: readonly string[];
  checkpoints: boolean;
  quiz: QuizSettings;
  env: Record<string, string | undefined>;
  /** Called before slow steps (browser exports). */
  onProgress?: (text: string) => void;
}

/** The build request that resolved build options stand for; `build` and `watch` share it. */
export function requestFrom(
  options: BuildOptions,
  env: Record<string, string | undefined>,
  onProgress?: (text: string) => void,
): BuildRequest {
  return {
    formats: options.formats,
    formatsExplicit: options.formatsExplicit,
    ...(options.theme ? { theme: options.theme } : {}),
    seed: options.seed,
    ...(options.cuts ? { cuts: options.cuts } : {}),
    checkpoints: options.checkpoints,
    quiz: options.quiz,
    env,
    ...(onProgress ? { onProgress } : {}),
  };
}

export interface NarrativeBuild {
  narrativeId: string;
  files: OutputFiles;
  /** Top folders this build produced (`deck`, `deck-<cut>`, `quiz`). */
  folders: string[];
  slides: { cut: string; count: number }[];
  items: number;
  /** Deck and quiz linter findings. */
  findings: Finding[];
  warnings: { message: string; hint?: string }[];
}

/** The cuts to build: the requested ones (checked against the narrative), else full + all. */
export function cutsFor(narrative: Narrative, requested?: readonly string[]): string[] {
  const known = ['full', ...narrative.cuts.map((c) => c.id)];
  if (!requested) return known;
  for (const cut of requested) {
    if (!known.includes(cut)) throw usageError(`narrative ${narrative.id} has no cut "${cut}"`, `its cuts are: ${known.join(', ')}`);
  }
  return [...requested];
}

/**
 * Turns a valid narrative into its output files, in memory. Keeps one caching deck renderer per cut,
 * so a long-lived builder (watch mode) re-renders only the slides that changed.
 */
export class NarrativeBuilder {
  private readonly renderers = new Map<string, DeckRenderer>();
  /** The item bank: kept while nothing it reads changes (a prose edit of an uncited paragraph). */
  private readonly bank = new BankCache();
  /** The quiz drawn from the bank: most edits (prose) leave the bank as it was. */
  private readonly assembled = new LastResult<Quiz>();
  /** The quiz files and findings of the last quiz (with its teaching slides). */
  private readonly quizOutputs = new LastResult<{ files: [string, FileData][]; findings: Finding[] }>();

  async build(narrative: Narrative, request: BuildRequest): Promise<NarrativeBuild> {
    const result: NarrativeBuild = { narrativeId: narrative.id, files: new Map(), folders: [], slides: [], items: 0, findings: [], warnings: [] };
    const deckFormats = request.formats.filter(isDeckFormat);
    const browser: BrowserPlan = planBrowser(deckFormats, request.formatsExplicit, request.env);
    if (browser.skipped) result.warnings.push({ message: browser.skipped.message, hint: browser.skipped.hint });
    const early = deckFormats.length > 0 && (browser.pdf || browser.png) ? startBrowserEarly() : undefined;
    try {
      await this.fill(result, narrative, request, browser, early);
    } finally {
      await early?.close();
    }
    return result;
  }

  private async fill(result: NarrativeBuild, narrative: Narrative, request: BuildRequest, browser: BrowserPlan, early?: EarlyBrowser): Promise<void> {
    const deckFormats = request.formats.filter(isDeckFormat);
    const quizFormats = request.formats.filter((f): f is QuizFormat => !isDeckFormat(f));
    const bank = this.bank.get(narrative);
    if (quizFormats.length > 0) {
      // The full deck (without checkpoints) tells each item which slide teaches its answer.
      const teaching = buildDeckModel(narrative, { cut: 'full', ...(request.theme ? { theme: request.theme } : {}) });
      const drawn = await this.assembled.get(JSON.stringify([bank, request.quiz, request.seed]), () => assembleFromSettings(bank, request.quiz, request.seed));
      const quiz = withTeachingSlides(drawn, teaching);
      const outputs = await this.quizOutputs.get(JSON.stringify([quiz, quizFormats, bank.blueprint]), async () => ({
        files: [...(await quizFiles(quiz, quizFormats, request.quiz.lms)), ...(quizFormats.includes('json') ? quizReportFiles(quiz, bank) : [])],
        findings: [...lintItems(quiz.items, { scope: 'quiz' }), ...lmsFindings(quiz, quizFormats, request.quiz.lms)],
      }));
      result.findings.push(...outputs.findings);
      result.items = quiz.items.length;
      result.folders.push('quiz');
      for (const [name, data] of outputs.files) result.files.set(`quiz/${name}`, data);
    }
    if (deckFormats.length > 0) {
      const checkpoints = request.checkpoints ? toCheckpoints(bank.items) : [];
      for (const cut of cutsFor(narrative, request.cuts)) {
        const deck = buildDeckModel(narrative, { cut, checkpoints, ...(request.theme ? { theme: request.theme } : {}) });
        result.findings.push(...lintDeck(deck, narrative).map((f) => (cut === 'full' ? f : { ...f, message: `[${cut}] ${f.message}` })));
        const folder = deckFolder(cut);
        result.folders.push(folder);
        result.slides.push({ cut, count: deck.slides.length });
        const { files, html } = plainDeckFiles(deck, deckFormats, this.rendererFor(cut));
        if (deckFormats.includes('pptx')) files.push(await pptxFile(deck));
        if (browser.pdf || browser.png) {
          request.onProgress?.(`${narrative.id}: exporting ${[browser.pdf && 'PDF', browser.png && 'PNG'].filter(Boolean).join(' + ')} of ${folder}…`);
          files.push(...(await browserDeckFiles(html, browser.pdf, browser.png, await early?.session())));
        }
        for (const [name, data] of files) result.files.set(`${folder}/${name}`, data);
      }
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
