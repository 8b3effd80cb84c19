import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/e2e', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BAD_FIXTURES',
        'BASE_NARRATIVE',
        'CLI_BIN',
        'E2E_ROOT',
        'FIXTURES',
        'INJECTION_PAYLOADS',
        'LIVE_MARKUP',
        'PAYLOAD_BLOCK',
        'PAYLOAD_LINE',
        'PLAIN_FORMATS',
        'REPO_ROOT',
        'aliasBomb',
        'anyText',
        'binaryGarbage',
        'contractViolations',
        'copyDir',
        'deepBlockNesting',
        'deepFlowNesting',
        'defused',
        'diffSnapshots',
        'fuzzRuns',
        'injectedNarrative',
        'lineText',
        'longLine',
        'narrativeFiles',
        'narrativeSpec',
        'parseErrorLines',
        'removeDir',
        'runLectern',
        'snapshotDir',
        'tempDir',
        'withInvalidUtf8',
        'writeFiles',
      ].sort(),
    );
  });

  it('the contract checker catches a stack trace, a raw Error dump and a missing hint', () => {
    expect(
      api.contractViolations(
        '',
        'x.yaml:1:2  error  Something is wrong here.  yaml/syntax\n    hint: fix it like so\n',
      ),
    ).toEqual([]);
    expect(api.contractViolations('', 'TypeError: boom\n    at foo (bar.js:1:1)\n')).toEqual([
      'prints a stack trace ("    at " lines)',
      'dumps a raw "Error:"',
      'prints no error line',
    ]);
    expect(api.contractViolations('', 'x.yaml:1:2  error  Something is wrong here.  yaml/syntax\n')).toEqual([
      'error yaml/syntax (Something is wrong here.) has no hint',
    ]);
  });
});
