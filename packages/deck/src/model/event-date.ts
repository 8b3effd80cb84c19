/** Formats an event date (`2008`, `2023-Q1`, `2021-07`, `2023-04-13`) for display. */
export function formatEventDate(date: string, language: string): string {
  const zh = language.toLowerCase().startsWith('zh');
  const [year, second, day] = date.split('-');
  if (second === undefined) return zh ? `${year}年` : `${year}`;
  if (second.startsWith('Q')) return zh ? `${year}年第${second.slice(1)}季度` : `${second} ${year}`;
  const month = Number(second);
  if (day === undefined) return zh ? `${year}年${month}月` : `${MONTHS[month - 1]} ${year}`;
  return zh ? `${year}年${month}月${Number(day)}日` : `${Number(day)} ${MONTHS[month - 1]} ${year}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
