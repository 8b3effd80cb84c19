import { CAPTION_COLUMNS, MAX_CAPTION_LINES } from '../overflow/budgets.js';
import { lineCount } from '../overflow/text-width.js';

export interface BudgetedCaption {
  /** What fits under the chart or table: absent when not even the first statement fits. */
  caption?: string;
  /** Statements left out, in order: they go to the speaker notes. */
  rest: string[];
}

/**
 * The caption under a chart or comparison: the statements, in order, as many as fit in
 * MAX_CAPTION_LINES lines of caption type; the others are returned for the notes. A statement several facts
 * share (one sentence giving three market shares) is said once.
 */
export function budgetCaption(written: readonly string[], separator = ' '): BudgetedCaption {
  const statements = [...new Set(written)];
  const shown: string[] = [];
  let at = 0;
  for (; at < statements.length; at++) {
    const next = [...shown, statements[at]!].join(separator);
    if (lineCount(next, CAPTION_COLUMNS) > MAX_CAPTION_LINES) break;
    shown.push(statements[at]!);
  }
  const rest = statements.slice(at);
  return shown.length > 0 ? { caption: shown.join(separator), rest } : { rest };
}
