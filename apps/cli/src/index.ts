export { runCli, createProgram } from './cli.js';
export { check } from './commands/check.js';
export type { CheckInput } from './commands/check.js';
export { build, deck, quiz } from './commands/build.js';
export type { BuildInput } from './commands/build.js';
export { watch } from './commands/watch.js';
export type { WatchInput } from './commands/watch.js';
export { serve } from './commands/serve.js';
export type { ServeInput } from './commands/serve.js';
export { newNarrative } from './commands/new.js';
export type { NewInput } from './commands/new.js';
export { importArticle } from './commands/import.js';
export type { ImportInput } from './commands/import.js';
export { list } from './commands/list.js';
export type { ListInput } from './commands/list.js';
export { explain } from './commands/explain.js';
export type { ExplainInput } from './commands/explain.js';
export { LecternConfigSchema } from './config/config-schema.js';
export type { LecternConfig } from './config/config-schema.js';
export { FORMATS, DECK_FORMATS, DEFAULT_FORMATS, QUIZ_FORMATS } from '@lectern/course';
export type { Format } from '@lectern/course';
export {
  resolveBuildOptions,
  resolveCheckOptions,
  resolveServeOptions,
  resolveWatchOptions,
} from './config/resolve-options.js';
export type { BuildOptions, CheckOptions, ServeOptions, WatchOptions } from './config/resolve-options.js';
export { CliError, ExitCode } from './errors.js';
export { memoryIo, nodeIo } from './io.js';
export type { Io } from './io.js';
export { startServer } from './serve/start-server.js';
export type { LecternServer } from './serve/start-server.js';
export { startWatch } from './watch/start-watch.js';
export { narrativeTaskInputs, workspaceFiles } from './scaffold/workspace-files.js';
export type { RebuiltEvent, Watcher, WatchErrorEvent } from './watch/start-watch.js';
