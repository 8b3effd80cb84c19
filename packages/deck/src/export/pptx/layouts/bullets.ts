import type { PptxTextRun } from '../pptxgen-class.js';

/** One paragraph per point, as a real bulleted (or numbered) list; `fontSize` (pt) on every run when given. */
export function bulletRuns(points: readonly string[], numbered = false, fontSize?: number): PptxTextRun[] {
  return points.map((text) => ({
    text,
    options: {
      bullet: numbered ? { type: 'number' } : true,
      breakLine: true,
      paraSpaceAfter: 10,
      ...(fontSize === undefined ? {} : { fontSize }),
    },
  }));
}
