import type { SourceLocation } from '@lectern/narrative';

/** Exit codes, after marp-cli's CLIErrorCode table. */
export const ExitCode = {
  /** Everything worked. */
  Ok: 0,
  /** Content has errors, or a build failed for a reason the user can fix. */
  Failure: 1,
  /** Bad command line: unknown command or option, wrong argument. */
  Usage: 2,
  /** A bug in Lectern (EX_SOFTWARE). */
  Internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the user can fix; printed as message + hint, never with a stack trace. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly hint?: string;
  readonly loc?: SourceLocation;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; exitCode?: ExitCode; loc?: SourceLocation; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.code = code;
    this.exitCode = options.exitCode ?? ExitCode.Failure;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.loc !== undefined) this.loc = options.loc;
  }
}

/** A command-line mistake: exit code 2. */
export function usageError(message: string, hint?: string): CliError {
  return new CliError('cli/usage', message, { exitCode: ExitCode.Usage, ...(hint === undefined ? {} : { hint }) });
}

const USER_ERRORS = new Set(['CliError', 'LecternError', 'BrowserUnavailableError']);

/** Errors that carry a stable code and a message meant for users (CliError, the packages' LecternError). */
export function isUserError(error: unknown): error is Error & { code: string; hint?: string; loc?: SourceLocation } {
  return (
    error instanceof Error && USER_ERRORS.has(error.name) && typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Runs `work`, turning the course's unknown-cut error (a cut named by a flag or the config) into a usage error. */
export async function cutsAsUsage<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUserError(error) && error.code === 'course/unknown-cut') throw usageError(error.message, error.hint);
    throw error;
  }
}
