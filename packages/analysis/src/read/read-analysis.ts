import type { Analysis } from '../analyze.js';
import { analysisInputError } from './analysis-input-error.js';

/** Reads an `analysis.json` written by `lectern analyze`, checking only what `check --analysis` relies on. */
export function readAnalysis(text: string, file: string): Analysis {
  let json: { format?: unknown; version?: unknown; items?: unknown; flags?: unknown };
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw analysisInputError(
      file,
      `not valid JSON (${(e as Error).message})`,
      'pass the analysis.json that `lectern analyze` wrote',
    );
  }
  if (
    json?.format !== 'lectern-analysis' ||
    json.version !== 1 ||
    !Array.isArray(json.items) ||
    !Array.isArray(json.flags)
  )
    throw analysisInputError(
      file,
      'not an analysis.json from `lectern analyze`',
      'run `lectern analyze <results…>` first',
    );
  return json as Analysis;
}
