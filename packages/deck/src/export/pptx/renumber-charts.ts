import { type Unzipped, strFromU8, strToU8 } from 'fflate';

const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
const CHART_REF = /\b(chart|Microsoft_Excel_Worksheet)(\d+)\.(xml|xlsx)\b/g;

/**
 * Numbers a presentation's charts 1, 2, 3… in their current order. Note: pptxgenjs counts charts in a
 * module-level counter, so the second export in a process would otherwise name its first chart `chart14.xml`
 * and give different bytes for the same deck. Renames the chart parts, their workbooks, and every reference.
 */
export function renumberCharts(entries: Unzipped): Unzipped {
  const numbers = Object.keys(entries)
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  const map = new Map(numbers.map((n, i) => [n, String(i + 1)]));
  if (numbers.every((n, i) => n === String(i + 1))) return entries;
  const rename = (text: string) =>
    text.replace(CHART_REF, (match, stem: string, n: string, ext: string) => {
      const to = map.get(n);
      return to === undefined ? match : `${stem}${to}.${ext}`;
    });
  const out: Unzipped = {};
  for (const [name, data] of Object.entries(entries)) {
    const textual = /\.(xml|rels)$/.test(name);
    out[rename(name)] = textual ? strToU8(rename(strFromU8(data))) : data;
  }
  return out;
}
