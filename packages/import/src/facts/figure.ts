/** Fact kinds (the narrative schema's). */
export type FigureKind =
  | 'currency'
  | 'percent'
  | 'percentage-points'
  | 'count'
  | 'multiple'
  | 'duration'
  | 'year'
  | 'rate'
  | 'other';
export type FigureScale =
  | '万'
  | '亿'
  | '千'
  | '百万'
  | '千亿'
  | '万亿'
  | 'thousand'
  | 'million'
  | 'billion'
  | 'trillion';
export type FigureQualifier = 'exact' | 'approx' | 'over' | 'under' | 'up-to' | 'at-least';

/** A number found in prose, read into a fact's fields. `evidence` is the matched words, verbatim. */
export interface Figure {
  evidence: string;
  /** Offset of the evidence in the paragraph. */
  start: number;
  /** Offset of the number itself (after any qualifier or currency sign). */
  numberAt: number;
  value: number;
  unit: string;
  scale?: FigureScale;
  kind: FigureKind;
  qualifier: FigureQualifier;
  /** The recogniser was unsure of the unit or the kind, or restated a fraction as a share: the author should look. */
  doubt?: 'unit' | 'fraction';
}
