import type { FileData } from '../outputs/output-files.js';
import type { ItemType, LmsTarget } from '@lectern/quiz/model';
import { DEFAULT_FORMATS, type Format } from './formats.js';

/** Which items the quiz draws from the bank. */
export interface QuizSettings {
  /** Items per quiz. @default every item in the bank */
  count?: number;
  /** Item types to include. @example ["single", "numeric"] */
  types?: ItemType[];
  /** Share of each difficulty. @example { easy: 0.3, medium: 0.5, hard: 0.2 } */
  difficulty?: { easy?: number; medium?: number; hard?: number };
  /** Sections the items come from. @default every section */
  sections?: string[];
  /** Platform the Moodle and QTI files are shaped for. @default moodle@4.4 */
  lms?: LmsTarget;
  /**
   * Parallel forms A, B, … (1–26) from one blueprint, each written to `quiz/form-<letter>/` with its own key.
   * @default 1 (no form folders)
   */
  forms?: number;
}

/**
 * Everything a build of one narrative depends on besides the narrative itself, resolved once (flags ›
 * config › defaults) by the caller. `check` and `build` take the same request, so they see the same quiz,
 * the same cuts and the same findings; only `formats` is about rendering, and `check` ignores it.
 */
export interface BuildRequest {
  /** Formats to render. @default every format but `exam` */
  formats: readonly Format[];
  /** Whether the user named the formats (then a missing browser is an error, not a warning). */
  formatsExplicit: boolean;
  /** Deck theme name. @default lectern */
  theme?: string;
  /** Seed for quiz assembly and option order. @default 1 */
  seed: number;
  /** Cut ids (`full` = whole narrative). @default `full` plus every cut the narrative defines */
  cuts?: readonly string[];
  /** Checkpoint slides (a question, then its answer) after each section. @default true */
  checkpoints: boolean;
  quiz: QuizSettings;
}

/** The request `lectern build` makes with no flags and no config file. */
export const DEFAULT_REQUEST: BuildRequest = Object.freeze({
  formats: DEFAULT_FORMATS,
  formatsExplicit: false,
  seed: 1,
  checkpoints: true,
  quiz: {},
});

/** The default request with some fields replaced. */
export function buildRequest(fields: Partial<BuildRequest> = {}): BuildRequest {
  return { ...DEFAULT_REQUEST, ...fields };
}

/** What a build needs from its surroundings; it changes no output. */
export interface BuildContext {
  /** Environment used to find a browser (CHROME_PATH). @default process.env */
  env?: Record<string, string | undefined>;
  /** Called before slow steps (browser exports). */
  onProgress?: (text: string) => void;
  /** Folder where deck.html's subset fonts are kept between builds (none: cut in every process). */
  fontCacheDir?: string;
  /**
   * Called with each output folder's files as soon as they are rendered, the full deck's first, so watch mode can
   * write what the preview shows while the other cuts and the quiz render. The build's `files` hold them too.
   */
  onFolder?: (folder: string, files: readonly [string, FileData][]) => void;
}
