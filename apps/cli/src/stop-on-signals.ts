/** Commands that run until stopped and close gracefully on the first Ctrl-C. */
const LONG_RUNNING = new Set(['watch', 'serve']);
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Ends the process the way the signal's default does, at once: `process.exit` would wait for the thread pool,
 * which a read stuck on a FIFO or a dead network disk never gives back.
 */
function dieBy(signal: NodeJS.Signals): void {
  for (const sig of SIGNALS) process.removeAllListeners(sig);
  process.kill(process.pid, signal);
}

/**
 * Ctrl-C (or SIGTERM) handling for the binary. `watch` and `serve` stop gracefully on the first signal (closing
 * the watcher and the server) and die at once on the second; every other command dies at once on the first: an
 * output build killed half-way is repaired by the next build, so there is nothing to wait for.
 */
export function stopOnSignals(argv: readonly string[], controller: AbortController): void {
  const command = argv.find((a) => !a.startsWith('-'));
  if (!command || !LONG_RUNNING.has(command)) return;
  for (const sig of SIGNALS) {
    process.on(sig, () => {
      if (controller.signal.aborted) dieBy(sig);
      else controller.abort();
    });
  }
}
