import type { ChartData } from '../model/deck-model.js';
import { barChart } from './bar-chart.js';
import { type ChartStyle, DEFAULT_CHART_STYLE } from './chart-style.js';
import { donutChart } from './donut-chart.js';
import { lineChart } from './line-chart.js';

/** Renders a chart slide's data as a standalone SVG document. Deterministic; all text escaped. */
export function renderChartSvg(data: ChartData, options: { title: string; language: string; style?: ChartStyle }): string {
  const style = options.style ?? DEFAULT_CHART_STYLE;
  switch (data.chart) {
    case 'line':
      return lineChart(data, style, options.title);
    case 'donut':
      return donutChart(data, style, options.title, options.language.startsWith('zh') ? '其他' : 'Other');
    default:
      return barChart(data, style, options.title);
  }
}
