import type { WatchFlags } from '../config/flags.js';
import { resolveWatchOptions } from '../config/resolve-options.js';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';
import { printWatchEvents } from '../watch/print-events.js';
import { startWatch } from '../watch/start-watch.js';

export interface WatchInput extends WatchFlags {
  /** Stops watching when aborted (tests, API); the binary stops on Ctrl-C. */
  signal?: AbortSignal;
}

/** Resolves when the signal aborts (or at once when it already has). */
export function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** `lectern watch`: builds, then rebuilds on every save until stopped. */
export async function watch(input: WatchInput, io: Io): Promise<number> {
  const options = await resolveWatchOptions(input, io);
  const reporter = new Reporter(io, { ...options, json: false });
  const watcher = startWatch(options, io.env);
  printWatchEvents(watcher, reporter, io.cwd);
  await watcher.ready;
  reporter.info(
    `watching ${options.narrativeDirs.length} narrative(s); writing to ${options.out}. Press Ctrl-C to stop.`,
  );
  await untilAborted(input.signal);
  await watcher.close();
  return ExitCode.Ok;
}
