import type { ChartPoint } from '../model/deck-model.js';
import type { ChartStyle } from './chart-style.js';

/**
 * A point's colour from its role: the subject, increases and totals in the accent (first series colour),
 * peers muted, decreases in the theme's red (fourth series colour), the unnamed rest of a whole grey.
 * Plain values take the series colour of their place (`index`) when `byIndex`, else the accent.
 */
export function pointColour(point: ChartPoint, index: number, style: ChartStyle, byIndex = false): string {
  switch (point.role) {
    case 'peer':
      return style.muted;
    case 'decrease':
      return style.series[3 % style.series.length]!;
    case 'remainder':
      return style.grid;
    default:
      return byIndex ? style.series[index % style.series.length]! : style.series[0]!;
  }
}
