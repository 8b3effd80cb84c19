import type { UserConfig } from 'vitest/config';

/** What every workspace's tests share: the `@lectern/source` condition and generous budgets. */
export declare const sharedConfig: UserConfig;
/** The shared config with a workspace's own `test` settings laid over it, key by key. */
export declare function lecternVitest(test?: UserConfig['test']): UserConfig;
