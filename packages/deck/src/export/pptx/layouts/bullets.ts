import type { PptxTextRun } from '../pptxgen-class.js';

/** One paragraph per point, as a real bulleted (or numbered) list. */
export function bulletRuns(points: readonly string[], numbered = false): PptxTextRun[] {
  return points.map((text) => ({
    text,
    options: { bullet: numbered ? { type: 'number' } : true, breakLine: true, paraSpaceAfter: 10 },
  }));
}
