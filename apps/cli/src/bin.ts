#!/usr/bin/env node
import module from 'node:module';
import { nodeIo } from './io.js';
import { stopOnSignals } from './stop-on-signals.js';

// Node ≥ 22.1 keeps compiled code between runs; on older Nodes this is a no-op. It must run before the CLI's
// modules load, hence the dynamic import below.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
const controller = new AbortController();
stopOnSignals(argv, controller);
const { runCli } = await import('./cli.js');
process.exitCode = await runCli(argv, nodeIo(), controller.signal);
