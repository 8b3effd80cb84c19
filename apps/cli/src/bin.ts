#!/usr/bin/env node
import { runCli } from './cli.js';
import { nodeIo } from './io.js';

const controller = new AbortController();
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    controller.abort();
  });
}

process.exitCode = await runCli(process.argv.slice(2), nodeIo(), controller.signal);
