import { findFigures, type FoundFigure } from './find-figures.js';

/** A fact proposed from a figure in the text; the author fills in subject and metric (or deletes it). */
export interface CandidateFact extends FoundFigure {
  id: string;
  statement: string;
  period?: string;
  paragraph: string;
}

const SENTENCE_END = /[。!?;!?;]|\.\s/gu;
const QUARTERS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 第一: '1', 第二: '2', 第三: '3', 第四: '4' };

/** The sentence of `text` around `index`, verbatim and trimmed. */
export function sentenceAt(text: string, index: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index! + m[0].length;
    if (stop <= index) start = stop;
    else {
      end = stop;
      break;
    }
  }
  return text.slice(start, end).trim();
}

/** `2023年一季度` → `2023-Q1`; else the sentence's first year. */
function periodOf(sentence: string, figures: readonly FoundFigure[]): string | undefined {
  const quarter = /(\d{4})年(第?[一二三四])季度/u.exec(sentence);
  if (quarter) return `${quarter[1]}-Q${QUARTERS[quarter[2]!]}`;
  const year = figures.find((f) => f.kind === 'year' && sentence.includes(f.evidence));
  return year ? String(year.value) : undefined;
}

/**
 * Candidate facts of one paragraph: every amount, percentage and count; a year only when its
 * sentence has no other figure (otherwise it becomes the period of the figures beside it).
 */
export function candidateFacts(paragraphId: string, text: string, startNumber: number): CandidateFact[] {
  const figures = findFigures(text);
  const candidates: CandidateFact[] = [];
  for (const figure of figures) {
    const statement = sentenceAt(text, figure.index);
    if (figure.kind === 'year') {
      const others = figures.some((f) => f.kind !== 'year' && sentenceAt(text, f.index) === statement);
      if (others) continue;
    }
    const period = figure.kind === 'year' ? undefined : periodOf(statement, figures);
    candidates.push({
      ...figure,
      id: `${paragraphId}-f${startNumber + candidates.length}`,
      statement,
      ...(period ? { period } : {}),
      paragraph: paragraphId,
    });
  }
  return candidates;
}
