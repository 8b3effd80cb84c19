import type { Figure } from './figure.js';
import { type NumberEngine, numberSpans } from './number-spans.js';
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
    if (read === 'skip') continue;
    if ('year' in read) years.push({ value: read.year, start: span.start });
    else if (
      !figures.some((f) => f.start < read.start + read.evidence.length && read.start < f.start + f.evidence.length)
    )
      figures.push(read);
  }
  return { figures, years };
}
