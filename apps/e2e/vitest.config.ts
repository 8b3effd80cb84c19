import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@lectern/source'] },
  ssr: { resolve: { conditions: ['@lectern/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
