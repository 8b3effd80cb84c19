import { bareQuarters, findPeriods } from '../facts/period.js';
import { placeOf, type ReadParagraph } from './paragraph-context.js';

/** Words that make the period after them the base of a comparison (`比一季度`, `up from … in 2022`, `vs.`). */
const COMPARE =
  /(?:比|较|較|相比|相较|相較|低于|低於|高于|高於|从|從|由|than|from|vs\.?|versus|compared with|compared to)\s*$/iu;
/** A figure that is itself the base of a comparison (`up from 17.8% in 2022`, `compared with … $64 million in fiscal 2022`). */
const COMPARED_FIGURE = /(?:\bfrom|\bthan|\bvs\.?|versus|compared (?:with|to)|相比|低于|低於|高于|高於)/iu;
/** What may stand between a period and the figure it dates (`2023年的`, `第三季度的`, `in Q3 2024 of`). */
const ADJACENT = /^[\s的之约約为為达達是:：]*$/u;

/** The period a figure is dated by, and whether it is the base of a comparison (which does not carry forward). */
export interface FigurePeriod {
  period: string;
  comparison: boolean;
}

/**
 * The period in force for the figure at paragraph offset `at`: in its clause, the last period before it (a
 * comparison base such as `比一季度` counts only when it directly precedes the figure), else the first one after
 * it; else the last period earlier in the sentence. A bare quarter (`三季度`, `Q3`) takes the year in force.
 */
export function periodAt(p: ReadParagraph, at: number, carriedYear: string | undefined): FigurePeriod | undefined {
  const { sentence, clause } = placeOf(p, at);
  const local = (x: { start: number; end: number }) => ({
    start: x.start + sentence.start,
    end: x.end + sentence.start,
  });
  const periods = findPeriods(sentence.text).map((x) => ({ ...x, ...local(x) }));
  const clauseEnd = clause.start + clause.text.length;
  const inClause = periods.filter((x) => x.start >= clause.start && x.start < clauseEnd);
  const isComparison = (x: { start: number }) => COMPARE.test(p.text.slice(clause.start, x.start));
  const adjacent = (x: { end: number }) => x.end <= at && ADJACENT.test(p.text.slice(x.end, at));
  const before = inClause.filter((x) => x.end <= at && (!isComparison(x) || adjacent(x)));
  const chosen =
    before.pop() ??
    inClause.find((x) => x.start >= at) ??
    periods.filter((x) => x.end <= clause.start && !isComparison(x)).pop();
  const quarters = bareQuarters(sentence.text).map((x) => ({ ...x, ...local(x) }));
  const quarter =
    quarters.filter((x) => x.start >= clause.start && x.end <= at && (!isComparison(x) || adjacent(x))).pop() ??
    (chosen ? undefined : quarters.find((x) => x.start >= at && x.start < clauseEnd));
  if (
    quarter &&
    (!chosen || /^(?:FY)?\d{4}$/.test(chosen.period) || (adjacent(quarter) && quarter.start > chosen.start))
  ) {
    const year = chosen?.period.match(/^(FY)?(\d{4})/) ?? (carriedYear ? [carriedYear, '', carriedYear] : undefined);
    if (year) return { period: `${year[1] ?? ''}${year[2]}-${quarter.part}`, comparison: isComparison(quarter) };
  }
  if (!chosen) return undefined;
  // Note: only the words since the figure before it count: in `fell from 23% to 16%` the 16% is not compared.
  const since = Math.max(
    clause.start,
    ...p.numbers.figures.filter((f) => f.numberAt < at).map((f) => f.start + f.evidence.length),
  );
  const figureCompared = COMPARED_FIGURE.test(p.text.slice(since, at));
  return { period: chosen.period, comparison: isComparison(chosen) || (chosen.start > at && figureCompared) };
}
