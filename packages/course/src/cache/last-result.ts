import { digest } from './digest.js';

/**
 * Keeps the result of the last call under a key (a serialisation of every input), so a long-lived
 * builder (watch mode) can skip work whose inputs did not change. The key must capture all inputs:
 * the result is reused only when the key is equal, which keeps rebuilds byte-identical to a fresh build.
 * Only a digest of the key is kept (a key can be megabytes at scale).
 */
export class LastResult<T> {
  private last: { key: string; value: T } | undefined;
  /** How many times a kept result was returned instead of calling `make`. */
  hits = 0;

  /** The kept result when `key` is the last one, else `make()` (kept for next time). */
  use(text: string, make: () => T): T {
    const key = digest(text);
    if (this.last?.key === key) {
      this.hits += 1;
      return this.last.value;
    }
    this.last = undefined;
    const value = make();
    this.last = { key, value };
    return value;
  }

  /** `use` for work that completes later; a failure is not kept. */
  async get(text: string, make: () => T | Promise<T>): Promise<T> {
    const key = digest(text);
    if (this.last?.key === key) {
      this.hits += 1;
      return this.last.value;
    }
    this.last = undefined;
    const value = await make();
    this.last = { key, value };
    return value;
  }
}
