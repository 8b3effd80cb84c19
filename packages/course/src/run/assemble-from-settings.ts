import { assembleQuiz, type ItemBank, type Quiz } from '@lectern/quiz/model';
import type { QuizSettings } from '../request/build-request.js';

/** A quiz drawn from the bank; without a count, as many as the narrative's blueprint asks for and allows. */
export function assembleFromSettings(bank: ItemBank, settings: QuizSettings, seed: number): Quiz {
  return assembleQuiz(bank, {
    ...(settings.count === undefined ? {} : { count: settings.count }),
    seed,
    ...(settings.types ? { types: settings.types } : {}),
    ...(settings.sections ? { sections: settings.sections } : {}),
    ...(settings.difficulty ? { difficulty: settings.difficulty } : {}),
  });
}
