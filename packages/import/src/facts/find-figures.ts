import type { Figure } from './figure.js';
import { type NumberEngine, type NumberSpan, numberSpans } from './number-spans.js';
import { isComparisonBase } from './counted-before.js';
import { readEn, readZh } from './read-figure.js';

/** Figures and bare years of one paragraph. */
export interface FoundNumbers {
  figures: Figure[];
  /** Years written alone (`2008年`, `in 2019`), for the timeline; offsets of the number. */
  years: { value: number; start: number }[];
}

/** Every figure in a paragraph, in text order, read with the Chinese or English rules. */
export function findFigures(text: string, chinese: boolean, engine: NumberEngine = 'recognizer'): FoundNumbers {
  const figures: Figure[] = [];
  const years: FoundNumbers['years'] = [];
  for (const span of numberSpans(text, chinese, engine)) {
    const read = chinese ? readZh(text, span) : readEn(text, span);
    if (read === 'skip') {
      const base = chinese ? undefined : comparisonBase(text, span, figures.at(-1));
      if (base) figures.push(base);
      continue;
    }
    if ('year' in read) years.push({ value: read.year, start: span.start });
    else if (
      !figures.some((f) => f.start < read.start + read.evidence.length && read.start < f.start + f.evidence.length)
    )
      figures.push(read);
  }
  return { figures, years };
}

/** A bare number that is the base of the count before it (`rose to 6,200 in 2022, up from 3,900`): that count's unit. */
function comparisonBase(text: string, span: NumberSpan, last: Figure | undefined): Figure | undefined {
  if (last?.kind !== 'count' || last.scale) return undefined;
  const value = Number(text.slice(span.start, span.end).replace(/,/g, ''));
  if (!Number.isFinite(value) || !isComparisonBase(text.slice(last.start + last.evidence.length, span.start)))
    return undefined;
  const evidence = text.slice(span.start, span.end);
  return {
    evidence,
    start: span.start,
    numberAt: span.start,
    value,
    unit: last.unit,
    kind: 'count',
    qualifier: 'exact',
  };
}
