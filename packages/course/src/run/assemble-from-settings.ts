import {
  type AssembleOptions,
  assembleForms,
  assembleQuiz,
  type ItemBank,
  type ParallelForms,
  type Quiz,
} from '@lectern/quiz/model';
import type { QuizSettings } from '../request/build-request.js';

function assembleOptions(settings: QuizSettings, seed: number): AssembleOptions {
  return {
    ...(settings.count === undefined ? {} : { count: settings.count }),
    seed,
    ...(settings.types ? { types: settings.types } : {}),
    ...(settings.sections ? { sections: settings.sections } : {}),
    ...(settings.difficulty ? { difficulty: settings.difficulty } : {}),
  };
}

/** A quiz drawn from the bank; without a count, as many as the narrative's blueprint asks for and allows. */
export function assembleFromSettings(bank: ItemBank, settings: QuizSettings, seed: number): Quiz {
  return assembleQuiz(bank, assembleOptions(settings, seed));
}

/** The parallel forms the settings ask for (`forms` ≥ 2), or undefined for a single quiz. */
export function formsFromSettings(bank: ItemBank, settings: QuizSettings, seed: number): ParallelForms | undefined {
  if ((settings.forms ?? 1) < 2) return undefined;
  return assembleForms(bank, { ...assembleOptions(settings, seed), forms: settings.forms ?? 1 });
}
