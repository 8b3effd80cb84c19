const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
const CHART_REF = /\b(chart|Microsoft_Excel_Worksheet)(\d+)\.(xml|xlsx)\b/g;
const HAS_CHART_REF = new RegExp(CHART_REF.source);

/** Whether a part's name or text names a chart part or a chart's workbook (what `chartRenumbering` renames). */
export function chartRefs(text: string): boolean {
  return HAS_CHART_REF.test(text);
}

/**
 * Numbers a presentation's charts 1, 2, 3… in their current order: the renaming, for part names and for the
 * text of every XML part, given every part's name; `undefined` when the charts are numbered so already. Note:
 * pptxgenjs counts charts in a module-level counter, so the second export in a process would otherwise name its
 * first chart `chart14.xml` and give different bytes for the same deck. Covers the chart parts, their
 * workbooks, and every reference.
 */
export function chartRenumbering(names: Iterable<string>): ((text: string) => string) | undefined {
  const numbers = [...names]
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  if (numbers.every((n, i) => n === String(i + 1))) return undefined;
  const map = new Map(numbers.map((n, i) => [n, String(i + 1)]));
  return (text) =>
    text.replace(CHART_REF, (match, stem: string, n: string, ext: string) => {
      const to = map.get(n);
      return to === undefined ? match : `${stem}${to}.${ext}`;
    });
}
