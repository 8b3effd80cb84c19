import { isChinese } from '../text/cjk.js';

/**
 * A table row as a sentence the loader reads as prose: the first cell names the row, each other cell
 * follows its column's header. `阿里云：2023年营收 1063亿元，增速 3%。` / `Alibaba: revenue 2023 $14.9 billion; growth 3%.`
 */
export function tableRowProse(header: readonly string[], row: readonly string[]): string {
  const cells = row.map((c) => c.trim());
  const zh = isChinese(cells.join('') + header.join(''));
  const name = cells[0] ?? '';
  const rest = cells.slice(1).flatMap((cell, i) => {
    if (!cell) return [];
    const head = (header[i + 1] ?? '').trim();
    return [head ? `${head}${zh ? '' : ' '}${cell}` : cell];
  });
  if (rest.length === 0) return name;
  return zh ? `${name}：${rest.join('，')}。` : `${name}: ${rest.join('; ')}.`;
}
