import { inScript, isChinese } from '@lectern/narrative';

/**
 * Names for common metric keys, used in generated slide titles (`Section: 市场份额`). A key not
 * listed has no Chinese name; in English the key itself reads well enough (`price-performance-gain`
 * → `Price performance gain`). Content never depends on this table: it only shortens titles.
 */
const METRICS: Record<string, readonly [zh: string, en: string]> = {
  revenue: ['营收', 'Revenue'],
  'annual-revenue': ['年营收', 'Annual revenue'],
  'revenue-growth': ['营收增速', 'Revenue growth'],
  'sales-growth': ['销售额增速', 'Sales growth'],
  'net-income': ['净利润', 'Net income'],
  'net-loss': ['净亏损', 'Net loss'],
  'operating-profit': ['经营利润', 'Operating profit'],
  profit: ['利润', 'Profit'],
  'market-share': ['市场份额', 'Market share'],
  'revenue-share': ['营收占比', 'Share of revenue'],
  'layoff-share': ['裁员比例', 'Share of staff laid off'],
  'jobs-cut': ['裁员人数', 'Jobs cut'],
  'performance-gain': ['性能提升', 'Performance gain'],
  'price-performance-gain': ['性价比提升', 'Price-performance gain'],
  'cost-reduction': ['成本降低', 'Cost reduction'],
  investment: ['投资', 'Investment'],
};

/** The metric's name in the deck's language, or undefined when we have none for it. */
export function metricLabel(metric: string, language: string): string | undefined {
  const known = METRICS[metric];
  const zh = isChinese(language);
  if (known !== undefined) return zh ? inScript(language, known[0]) : known[1];
  if (zh) return undefined;
  const words = metric.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
