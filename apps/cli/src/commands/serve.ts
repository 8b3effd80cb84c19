import type { ServeFlags } from '../config/flags.js';
import { resolveServeOptions } from '../config/resolve-options.js';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';
import { startServer } from '../serve/start-server.js';
import { printWatchEvents } from '../watch/print-events.js';
import { untilAborted } from './watch.js';

export interface ServeInput extends ServeFlags {
  signal?: AbortSignal;
}

/** `lectern serve`: watch + a local server with live reload, until stopped. */
export async function serve(input: ServeInput, io: Io): Promise<number> {
  const options = await resolveServeOptions(input, io);
  const reporter = new Reporter(io, { ...options, json: false });
  const server = await startServer(options, io.env);
  printWatchEvents(server.watcher, reporter, io.cwd);
  io.stdout(`serving ${options.out} at ${server.url}\n`);
  await server.watcher.ready;
  await untilAborted(input.signal);
  await server.close();
  return ExitCode.Ok;
}
