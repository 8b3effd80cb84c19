import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@lectern/source'] },
  ssr: { resolve: { conditions: ['@lectern/source'] } },
  // Whole-narrative builds: budgets far above their need on a busy machine.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
