import type { Narrative } from '@lectern/narrative';
import type { ItemBank, ParallelForms, Quiz } from '@lectern/quiz/model';
import { BankCache } from '../cache/bank-cache.js';
import { LastResult } from '../cache/last-result.js';
import type { QuizSettings } from '../request/build-request.js';
import { assembleFromSettings, formsFromSettings } from './assemble-from-settings.js';

/**
 * What a long-lived builder (watch mode) keeps between runs: the item bank while nothing it reads changes
 * (a prose edit of an uncited paragraph), and the quiz drawn from it. Results equal a fresh run's.
 */
export class CourseMemo {
  readonly bank = new BankCache();
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

  private bankId(bank: ItemBank): number {
    let id = this.banks.get(bank);
    if (id === undefined) {
      id = this.nextBank++;
      this.banks.set(bank, id);
    }
    return id;
  }
}
