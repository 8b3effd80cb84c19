import type { ChartData } from '../../model/deck-model.js';

/** What a native chart plots: the numbers, their labels, and the unit they are in. */
export interface ChartSeries {
  labels: string[];
  values: number[];
  /** The unit the values are in, for the series name and axis, e.g. `亿美元`, `%`; empty when unknown. */
  unit: string;
  /** Excel number format for data labels and the value axis: the unit is part of each label (`34%`). */
  formatCode: string;
}

const SHOWN = /^(\D*?)(-?\d[\d,]*(?:\.\d+)?)(\D*)$/;
/** A prefix such as `$` is part of the unit; a word such as `超过` or `about` is a qualifier. */
const SYMBOLS_ONLY = /^[^\p{L}]*$/u;

/** `亿美元` → `"亿美元"`: literal text in an Excel number format. */
const literal = (text: string): string => (text === '' ? '' : `"${text.replace(/"/g, '')}"`);

/**
 * The series for a chart, with the numbers as the slide shows them. When every point's text is
 * `[qualifier or symbol]<number><same suffix>` (`4600亿美元`, `超过50亿美元`, `29.4%`, `−20亿美元`), the
 * chart plots those numbers, signed, in that unit, so an editor sees the figures of the content
 * (qualifiers stay in the caption and notes); otherwise it plots the magnitudes (value × scale) in the
 * facts' `unit`.
 */
export function chartSeries(data: ChartData): ChartSeries {
  const labels = data.points.map((p) => p.label);
  // A decrease is written with a leading minus sign (`−近20亿美元`): parsed without it, then signed.
  const negative = data.points.map((p) => /^[−-]/.test(p.text.trim()));
  const parts = data.points.map((p) => SHOWN.exec(p.text.trim().replace(/^[−-]/, '')));
  const matched = parts.every((m) => m !== null) ? (parts as RegExpExecArray[]) : [];
  const first = matched[0];
  if (first !== undefined && matched.every((m) => m[3] === first[3])) {
    const symbols = matched.map((m) => m[1] ?? '').filter((prefix) => SYMBOLS_ONLY.test(prefix));
    const symbol =
      symbols.length === matched.length && symbols.every((s) => s === symbols[0]) ? (symbols[0] ?? '') : '';
    const unit = `${symbol}${first[3] ?? ''}`.trim();
    if (unit !== '') {
      const values = matched.map((m, i) => (negative[i] ? -1 : 1) * Number((m[2] ?? '').replace(/,/g, '')));
      return {
        labels,
        values,
        unit,
        formatCode: `${literal(symbol.trim())}General${literal((first[3] ?? '').trimEnd())}`,
      };
    }
  }
  return { labels, values: data.points.map((p) => p.value), unit: data.unit, formatCode: '#,##0' };
}
