#!/usr/bin/env node
import { runCli } from './cli.js';
import { nodeIo } from './io.js';
import { stopOnSignals } from './stop-on-signals.js';

const argv = process.argv.slice(2);
const controller = new AbortController();
stopOnSignals(argv, controller);
process.exitCode = await runCli(argv, nodeIo(), controller.signal);
