import { describe, expect, it } from 'vitest';
import { LastResult } from '../src/cache/last-result.js';

describe('LastResult', () => {
  it('reuses the last result only for an equal key', async () => {
    const last = new LastResult<string>();
    let calls = 0;
    const make = (v: string) => () => {
      calls += 1;
      return v;
    };
    expect(await last.get('a', make('A'))).toBe('A');
    expect(await last.get('a', make('other'))).toBe('A');
    expect(await last.get('b', make('B'))).toBe('B');
    expect(await last.get('a', make('A2'))).toBe('A2');
    expect(calls).toBe(3);
    expect(last.hits).toBe(1);
  });

  it('`use` is the same for work done at once', () => {
    const last = new LastResult<number>();
    expect(last.use('a', () => 1)).toBe(1);
    expect(last.use('a', () => 2)).toBe(1);
    expect(last.use('b', () => 3)).toBe(3);
    expect(last.hits).toBe(1);
  });

  it('keeps nothing when making the value fails', async () => {
    const last = new LastResult<string>();
    await expect(last.get('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await last.get('a', () => 'A')).toBe('A');
    expect(last.hits).toBe(0);
  });
});
