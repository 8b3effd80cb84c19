import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@lectern/source'] },
  ssr: { resolve: { conditions: ['@lectern/source'] } },
  // Note: the first call loads the segmenter's dictionary, the recognizers and OpenCC's tables (seconds on a
  // busy machine); every test here gets a budget far above its need, as heavy tests do in this repo.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
