import { LecternError } from '@lectern/narrative';

/** A results file that cannot be read: a `LecternError` placed at the file (and line, where known). */
export function analysisInputError(file: string, message: string, hint: string, line?: number): LecternError {
  return new LecternError('analysis/bad-input', message, { hint, loc: { file, line: line ?? 1, column: 1 } });
}
