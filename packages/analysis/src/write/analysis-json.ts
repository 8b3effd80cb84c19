import type { Analysis } from '../analyze.js';

/** Numbers rounded to 4 decimals (NaN → null) so the file is stable and readable. */
const round = (_key: string, value: unknown) =>
  typeof value === 'number' ? (Number.isFinite(value) ? Math.round(value * 1e4) / 1e4 : null) : value;

/** `analysis.json`: the analysis as pretty JSON. */
export function analysisJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, round, 2)}\n`;
}
