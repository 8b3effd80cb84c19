import type { ChartData } from '../model/deck-model.js';
import { barChart } from './bar-chart.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartStyle, DEFAULT_CHART_STYLE } from './chart-style.js';
import { donutChart } from './donut-chart.js';
import { lineChart } from './line-chart.js';
import { escapeXml, text } from './svg.js';

/** Height of the subtitle line above the plot, in SVG px. */
const SUBTITLE = 44;

/**
 * Renders a chart slide's data (the chart spec the PPTX chart also follows) as a standalone SVG document.
 * The subtitle (the period all points share) is a line above the plot. Deterministic; all text escaped.
 */
export function renderChartSvg(
  data: ChartData,
  options: { title: string; language: string; style?: ChartStyle },
): string {
  const style = options.style ?? DEFAULT_CHART_STYLE;
  const svg = plot(data, style, options.title);
  if (data.subtitle === undefined) return svg;
  // Note: the plot keeps its own coordinates, nested and scaled into the box below the subtitle.
  const inner = svg.replace(
    /^<svg [^>]*>/,
    `<svg x="0" y="${SUBTITLE}" width="${CHART_WIDTH}" height="${CHART_HEIGHT - SUBTITLE}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">`,
  );
  const head = svg.match(/^<svg [^>]*>/)![0];
  const label = text(0, style.fontSize, data.subtitle, { 'font-size': style.fontSize * 0.85, fill: style.muted });
  return `${head}<title>${escapeXml(options.title)}</title>${label}${inner.replace(/<title>.*?<\/title>/, '')}</svg>`;
}

function plot(data: ChartData, style: ChartStyle, title: string): string {
  switch (data.chart) {
    case 'line':
      return lineChart(data, style, title);
    case 'donut':
      return donutChart(data, style, title);
    default:
      return barChart(data, style, title);
  }
}
