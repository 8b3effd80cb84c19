import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/cli', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CliError', 'DECK_FORMATS', 'ExitCode', 'FORMATS', 'LecternConfigSchema', 'QUIZ_FORMATS', 'build', 'check',
        'createProgram', 'deck', 'importArticle', 'list', 'memoryIo', 'newNarrative', 'nodeIo', 'quiz',
        'resolveBuildOptions', 'resolveServeOptions', 'resolveWatchOptions', 'runCli', 'serve', 'startServer',
        'startWatch', 'watch',
      ].sort(),
    );
  });
});
