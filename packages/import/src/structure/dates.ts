const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number | string) => String(n).padStart(2, '0');

/** The first full date written in `text` as YYYY-MM-DD (`2024年3月5日`, `2024-03-05`, `March 5, 2024`, `5 Mar 2024`). */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  const zh = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/u.exec(text);
  if (zh && Number(zh[2]) >= 1 && Number(zh[2]) <= 12 && Number(zh[3]) >= 1 && Number(zh[3]) <= 31) {
    return { iso: `${zh[1]}-${pad(zh[2]!)}-${pad(zh[3]!)}`, index: zh.index, length: zh[0].length };
  }
  const md = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/u.exec(text);
  if (md)
    return {
      iso: `${md[3]}-${pad(MONTHS.indexOf(md[1]!.slice(0, 3).toLowerCase()) + 1)}-${pad(md[2]!)}`,
      index: md.index,
      length: md[0].length,
    };
  const dm = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/u.exec(text);
  if (dm)
    return {
      iso: `${dm[3]}-${pad(MONTHS.indexOf(dm[2]!.slice(0, 3).toLowerCase()) + 1)}-${pad(dm[1]!)}`,
      index: dm.index,
      length: dm[0].length,
    };
  return undefined;
}

/** A month written in `text` as YYYY-MM (`2023年4月`, `April 2023`). */
export function findMonth(text: string): { iso: string; index: number } | undefined {
  const zh = /(\d{4})年(\d{1,2})月(?!\d{0,2}日)/u.exec(text);
  if (zh && Number(zh[2]) >= 1 && Number(zh[2]) <= 12) return { iso: `${zh[1]}-${pad(zh[2]!)}`, index: zh.index };
  const en =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/u.exec(text);
  if (en) return { iso: `${en[2]}-${pad(MONTHS.indexOf(en[1]!.slice(0, 3).toLowerCase()) + 1)}`, index: en.index };
  return undefined;
}
