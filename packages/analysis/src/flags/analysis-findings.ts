import type { Analysis } from '../analyze.js';
import type { AnalysisItem } from '../response-matrix.js';
import type { FlagSeverity } from './flag-rules.js';

/** A flag as a content finding: the shape `lectern check` prints (`@lectern/narrative`'s `Finding`). */
export interface AnalysisFinding {
  rule: string;
  severity: FlagSeverity;
  message: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
}

/**
 * The analysis flags placed next to the items in the content: at the authored item's own location, else at
 * what `locate` returns (the cited paragraph of a generated item). The message names the item, its number,
 * source paragraphs and slide, so the trainer can find it in the quiz and the deck.
 */
export function analysisFindings(
  analysis: Analysis,
  locate: (item: AnalysisItem) => AnalysisFinding['loc'] | undefined = () => undefined,
): AnalysisFinding[] {
  const items = new Map(analysis.items.map((s) => [s.id, s.item]));
  return analysis.flags.map((flag) => {
    const item = flag.itemId === undefined ? undefined : items.get(flag.itemId);
    const where = item
      ? [
          `question ${item.number ?? '?'} (${item.id})`,
          item.paragraphIds?.length ? `from ${item.paragraphIds.join(', ')}` : '',
          item.slide === undefined ? '' : `slide ${item.slide}`,
        ]
          .filter(Boolean)
          .join(', ')
      : 'the test';
    const loc = item ? (item.loc ?? locate(item)) : undefined;
    return {
      rule: flag.rule,
      severity: flag.severity,
      message: `${where}: ${flag.message}`,
      hint: flag.hint,
      ...(loc ? { loc } : {}),
    };
  });
}
