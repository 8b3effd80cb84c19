import { type CheckpointQuestion, SlideFitMemo } from '@lectern/deck/model';
import type { Finding, Narrative } from '@lectern/narrative';
import { type Item, type ItemBank, lintItems, type ParallelForms, type Quiz } from '@lectern/quiz/model';
import { chooseCheckpoints } from '../checkpoints/choose-checkpoints.js';
import { BankCache } from '../cache/bank-cache.js';
import { LastResult } from '../cache/last-result.js';
import type { QuizSettings } from '../request/build-request.js';
import { assembleFromSettings, formsFromSettings } from './assemble-from-settings.js';

/**
 * What a long-lived builder (watch mode) keeps between runs: the item bank while nothing it reads changes
 * (a prose edit of an uncited paragraph), the quiz drawn from it, the quiz's lint and the checkpoints while the
 * items they are made of are equal, and each slide draft as fitted. Results equal a fresh run's.
 */
export class CourseMemo {
  readonly bank = new BankCache();
  readonly slides = new SlideFitMemo();
  private readonly quizLint = new LastResult<Finding[]>();
  private readonly checkpointsOf = new LastResult<CheckpointQuestion[]>();
  private readonly assembled = new LastResult<Quiz>();
  private readonly parallel = new LastResult<ParallelForms | undefined>();
  // Note: a bank is never changed once built and `itemBank` returns the kept one while it holds, so a quiz is
  // keyed by which bank it was drawn from (serialising a bank of 26,000 items took 15 MB and ~0.3 s a run).
  private readonly banks = new WeakMap<ItemBank, number>();
  private nextBank = 0;

  itemBank(narrative: Narrative): ItemBank {
    return this.bank.get(narrative);
  }

  quiz(bank: ItemBank, settings: QuizSettings, seed: number): Quiz {
    return this.assembled.use(JSON.stringify([this.bankId(bank), settings, seed]), () =>
      assembleFromSettings(bank, settings, seed),
    );
  }

  /** The parallel forms of `settings.forms` ≥ 2, else undefined. */
  forms(bank: ItemBank, settings: QuizSettings, seed: number): ParallelForms | undefined {
    return this.parallel.use(JSON.stringify([this.bankId(bank), settings, seed]), () =>
      formsFromSettings(bank, settings, seed),
    );
  }

  /**
   * The findings of the quiz-scope lint rules over the quiz's items. Keyed by the items' content: a prose edit
   * rebuilds the bank (the generators that read the paragraph run again) and redraws the quiz, mostly equal.
   */
  lintQuiz(items: readonly Item[]): Finding[] {
    return this.quizLint.use(JSON.stringify(items), () => lintItems(items, { scope: 'quiz' }));
  }

  /** `chooseCheckpoints` of the bank's items for the sections, kept while both are equal. */
  checkpoints(items: readonly Item[], sections: readonly string[]): CheckpointQuestion[] {
    return this.checkpointsOf.use(JSON.stringify([items, sections]), () => chooseCheckpoints(items, sections));
  }

  private bankId(bank: ItemBank): number {
    let id = this.banks.get(bank);
    if (id === undefined) {
      id = this.nextBank++;
      this.banks.set(bank, id);
    }
    return id;
  }
}
