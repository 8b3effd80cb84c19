import type { Io } from '../io.js';
import { colorsFor } from './colors.js';
import { ExitCode, isUserError } from '../errors.js';
import { systemErrorAsUserError } from './system-error.js';
import { terminalSafe } from './terminal-safe.js';

const BUG_URL = 'https://github.com/lectern/lectern/issues';

/** Whether stacks should be shown: `--debug` or LECTERN_DEBUG=1. */
export function debugEnabled(io: Pick<Io, 'env'>, flag = false): boolean {
  return flag || io.env.LECTERN_DEBUG === '1' || io.env.LECTERN_DEBUG === 'true';
}

/**
 * Prints an error that escaped a command and returns the exit code. User mistakes (CliError,
 * LecternError) show message + hint; anything else is an internal error with a bug-report hint.
 */
export function reportError(thrown: unknown, io: Io, debug: boolean): number {
  const c = colorsFor(io);
  const error = systemErrorAsUserError(thrown) ?? thrown;
  if (isUserError(error)) {
    const where = error.loc ? `${error.loc.file}:${error.loc.line}:${error.loc.column}  ` : '';
    io.stderr(`${where}${c.red('error')}  ${terminalSafe(error.message)}  ${c.dim(error.code)}\n`);
    if (error.hint) io.stderr(`    ${c.dim('hint:')} ${terminalSafe(error.hint)}\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    const exit = (error as { exitCode?: number }).exitCode;
    return typeof exit === 'number' ? exit : ExitCode.Failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${c.red('internal error')}  ${terminalSafe(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr(`    ${c.dim('hint:')} run again with --debug (or LECTERN_DEBUG=1) for the stack trace\n`);
  io.stderr(`    This is a bug in Lectern; please report it at ${BUG_URL} with the command you ran.\n`);
  return ExitCode.Internal;
}
