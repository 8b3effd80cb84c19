import type { SourceLocation } from './model.js';

/**
 * A failure that is not a finding about content: a programming error, an unreadable folder.
 * Carries a stable `code`, an optional `hint` saying what to do, and where it happened.
 */
export class LecternError extends Error {
  readonly code: string;
  readonly hint?: string;
  readonly loc?: SourceLocation;

  constructor(code: string, message: string, options: { hint?: string; loc?: SourceLocation; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LecternError';
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.loc !== undefined) this.loc = options.loc;
  }
}
