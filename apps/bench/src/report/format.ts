import { isMet, type Measure } from './results.js';

/** A measured value with its unit, rounded for reading: 1234 ms, 0.43×, 212 MB, 812/s. */
export function formatValue(m: Pick<Measure, 'value' | 'unit'>): string {
  const { value, unit } = m;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  if (unit === 'MB' || unit === 'KB') return `${Math.round(value)} ${unit}`;
  if (unit === '/s' || unit === '/min') return `${value >= 100 ? Math.round(value) : value.toFixed(1)}${unit}`;
  if (unit === '%') return `${Math.round(value * 10) / 10}%`;
  return `${Math.round(value * 100) / 100} ${unit}`.trim();
}

/** formatValue, with more digits when rounding would hide that a target was missed (11.004× is not ≤ 11×). */
export function formatMeasure(m: Measure): string {
  const text = formatValue(m);
  const max = m.target?.max;
  if (max !== undefined && m.value > max && Number.parseFloat(text) <= max) {
    return `${Number(m.value.toPrecision(5))}${m.unit === '×' ? '' : ' '}${m.unit}`;
  }
  return text;
}

/** "met", "NOT met" or "" for a measure without a target. */
export function verdict(m: Measure): string {
  const met = isMet(m);
  return met === undefined ? '' : met ? 'met' : 'NOT met';
}

/** Pads a table into aligned columns for the terminal; a one-cell row is a heading printed as it is. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) && !/[×–→≤]/.test(ch) ? 2 : 1), 0);
  for (const row of rows) {
    if (row.length === 1) continue;
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }
  return rows
    .map((row) =>
      row.length === 1
        ? row[0]!
        : row
            .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell)))
            .join('  ')
            .trimEnd(),
    )
    .join('\n');
}
