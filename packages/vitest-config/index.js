import { defineConfig } from 'vitest/config';

/**
 * What every workspace's tests share. Workspace packages resolve to their `src/` through the
 * `@lectern/source` export condition, so a test never runs against a stale `dist/`. Budgets are far
 * above any test's need: the suite runs on shared two-core machines, and no test depends on speed.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ['@lectern/source'] },
  ssr: { resolve: { conditions: ['@lectern/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

/**
 * The shared config with a workspace's own `test` settings laid over it, key by key (a list given here
 * replaces the shared one; vite's mergeConfig would join them).
 * @param test e.g. `{ include: ['test/**\/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] }`
 */
export function lecternVitest(test = {}) {
  return { ...sharedConfig, test: { ...sharedConfig.test, ...test } };
}
