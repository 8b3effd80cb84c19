import type { AnalysisItem } from '../response-matrix.js';

/** How often one option was chosen, overall and in the upper and lower groups. */
export interface OptionRate {
  id: string;
  text: string;
  correct: boolean;
  /** Share of the learners who saw the item and chose this option. */
  rate: number;
  upper: number;
  lower: number;
  /** A distractor chosen by at least the threshold share (5 % by default). */
  functional: boolean;
}

const share = (choices: string[], rows: ArrayLike<number>, id: string): number => {
  if (rows.length === 0) return Number.NaN;
  let hits = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = choices[rows[i]!]!;
    if (c === id || (c.includes('+') && c.split('+').includes(id))) hits++;
  }
  return hits / rows.length;
};

/**
 * Per-option choice rates of a choice item and its distractor efficiency: the share of its distractors that
 * function, i.e. are chosen by at least `threshold` of the learners (Haladyna & Downing's 5 % rule).
 */
export function optionRates(
  item: AnalysisItem,
  choices: string[],
  groups: { seen: number[]; upper: number[]; lower: number[] },
  threshold: number,
): { options: OptionRate[]; distractorEfficiency: number | null } {
  const options = (item.options ?? []).map((o) => {
    const rate = share(choices, groups.seen, o.id);
    return {
      id: o.id,
      text: o.text,
      correct: o.correct,
      rate,
      upper: share(choices, groups.upper, o.id),
      lower: share(choices, groups.lower, o.id),
      functional: !o.correct && rate >= threshold,
    };
  });
  const distractors = options.filter((o) => !o.correct);
  const distractorEfficiency =
    distractors.length === 0 ? null : distractors.filter((o) => o.functional).length / distractors.length;
  return { options, distractorEfficiency };
}
