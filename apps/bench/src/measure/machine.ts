import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumPath } from './paths.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

/** The CPU model as /proc/cpuinfo names it (falls back to Node's view elsewhere). */
export function cpuModel(cpuinfo?: string): string {
  const text = cpuinfo ?? safeRead('/proc/cpuinfo');
  const line = text.split('\n').find((l) => /^model name\s*:/.test(l));
  return line ? line.replace(/^model name\s*:\s*/, '').trim() : (os.cpus()[0]?.model ?? 'unknown');
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function chromiumVersion(): string {
  const bin = chromiumPath();
  if (!bin) return 'not found';
  try {
    return execFileSync(bin, ['--version'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return `${bin} (version unknown)`;
  }
}

/** Describes the machine a run measured, for the report. */
export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
  };
}
