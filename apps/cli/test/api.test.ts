import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/cli', () => {
  // Pins what other packages call (apps/bench, apps/e2e) and the commands as functions; other exports may change.
  it('exposes the api the bench and the end-to-end suite use', () => {
    const used = [
      'runCli',
      'memoryIo',
      'check',
      'build',
      'resolveWatchOptions',
      'startWatch',
      'startServer',
      'ExitCode',
    ];
    expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
  });
});
