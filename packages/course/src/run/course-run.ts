import type { CheckpointQuestion, DeckModel } from '@lectern/deck/model';
import type { Finding, Narrative } from '@lectern/narrative';
import type { ItemBank, Quiz } from '@lectern/quiz/model';
import type { BuildRequest } from '../request/build-request.js';

/** One cut's deck as it will be written. */
export interface CourseDeck {
  /** `full` or a cut id of the narrative. */
  cut: string;
  deck: DeckModel;
  /** Each quiz item's teaching slide in this deck (1-based), for the items this deck teaches. */
  teaching: ReadonlyMap<string, number>;
}

/** Everything `check` learns about a narrative under a request; `build` renders it. Nothing is rendered. */
export interface CourseRun {
  narrative: Narrative;
  request: BuildRequest;
  bank: ItemBank;
  /** The assembled quiz; each item's `slide` is its teaching slide in the full deck as written (deck/). */
  quiz: Quiz;
  /** With `quiz.forms` ≥ 2: each form by letter (A first), teaching slides filled like `quiz`'s. */
  forms?: { letter: string; quiz: Quiz }[];
  /** The question shown after each section (empty when the request turns checkpoints off). */
  checkpoints: CheckpointQuestion[];
  /** The requested cuts' decks, in order. */
  decks: CourseDeck[];
  /** The item bank's, the quiz's and every deck's findings, tagged with the narrative id. */
  findings: Finding[];
}
