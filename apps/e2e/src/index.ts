export { contractViolations, parseErrorLines } from './cli-contract.js';
export type { ErrorLine } from './cli-contract.js';
export {
  aliasBomb,
  binaryGarbage,
  deepBlockNesting,
  deepFlowNesting,
  longLine,
  withInvalidUtf8,
} from './hostile-text.js';
export { injectedNarrative } from './injection/injected-narrative.js';
export { defused, INJECTION_PAYLOADS, LIVE_MARKUP, PAYLOAD_BLOCK, PAYLOAD_LINE } from './injection/payloads.js';
export { copyDir, removeDir, tempDir, writeFiles } from './narrative-files.js';
export { BAD_FIXTURES, BASE_NARRATIVE, CLI_BIN, E2E_ROOT, FIXTURES, PLAIN_FORMATS, REPO_ROOT } from './paths.js';
export { anyText, fuzzRuns, lineText, narrativeFiles, narrativeSpec } from './property/arbitraries.js';
export type { NarrativeSpec } from './property/arbitraries.js';
export { runLectern } from './run-lectern.js';
export type { RunOptions, RunResult } from './run-lectern.js';
export { diffSnapshots, snapshotDir } from './snapshot-dir.js';
