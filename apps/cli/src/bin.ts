#!/usr/bin/env node
import module from 'node:module';
import { nodeIo } from './io.js';
import { stopOnSignals } from './stop-on-signals.js';

// Node ≥ 22.1 keeps compiled code between runs; on older Nodes this is a no-op. It must run before the CLI's
// modules load, hence the dynamic import below.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
// `lectern --version` alone answers before the program (and the packages its help text names) is loaded.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const controller = new AbortController();
  stopOnSignals(argv, controller);
  const { runCli } = await import('./cli.js');
  process.exitCode = await runCli(argv, nodeIo(), controller.signal);
}
