import type { PptxChartName, PptxSlide } from '../pptxgen-class.js';
import type { ChartKind, SlideOf } from '../../../model/deck-model.js';
import { chartSeries } from '../chart-series.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

const CHART_TYPE: Record<ChartKind, PptxChartName> = { bar: 'bar', line: 'line', donut: 'doughnut' };

/** Enough colours for every point, cycling the theme's, so pptxgenjs never picks one at random. */
function colours(theme: readonly string[], count: number): string[] {
  return Array.from({ length: Math.max(count, 1) }, (_, i) => theme[i % theme.length]!);
}

/** A native, editable chart (bar, line or doughnut) from the facts, with the caption beneath. */
export function addChartSlide(slide: PptxSlide, s: SlideOf<'chart'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const series = chartSeries(s.data);
  const kind = s.data.chart;
  const font = { fontFace: ctx.fonts.body, color: ctx.theme.text };
  const captionH = s.data.caption ? 0.5 : 0;
  slide.addChart(
    CHART_TYPE[kind],
    [{ name: series.unit || s.data.metric, labels: series.labels, values: series.values }],
    {
      x: BODY.x,
      y: BODY.y,
      w: BODY.w,
      h: BODY.h - captionH,
      chartColors: colours(ctx.theme.chartColors, kind === 'donut' ? series.values.length : 1),
      barDir: 'col',
      showValue: true,
      dataLabelFormatCode: series.formatCode,
      dataLabelFontFace: font.fontFace,
      dataLabelFontSize: 12,
      dataLabelColor: kind === 'donut' ? ctx.theme.onAccent : font.color,
      dataLabelPosition: kind === 'donut' ? 'ctr' : kind === 'line' ? 't' : 'outEnd',
      showLegend: kind === 'donut',
      legendPos: 'r',
      legendFontFace: font.fontFace,
      legendFontSize: 12,
      legendColor: font.color,
      holeSize: 55,
      catAxisLabelFontFace: font.fontFace,
      catAxisLabelFontSize: 12,
      catAxisLabelColor: font.color,
      valAxisLabelFontFace: font.fontFace,
      valAxisLabelFontSize: 11,
      valAxisLabelColor: ctx.theme.muted,
      valAxisLabelFormatCode: series.formatCode,
      showValAxisTitle: series.unit !== '' && kind !== 'donut',
      valAxisTitle: series.unit,
      valAxisTitleFontFace: font.fontFace,
      valAxisTitleFontSize: 12,
      valAxisTitleColor: ctx.theme.muted,
      lineSize: 3,
      lineDataSymbolSize: 8,
    },
  );
  if (s.data.caption) {
    slide.addText(s.data.caption, {
      ...bodyText(ctx),
      x: BODY.x,
      y: BODY.y + BODY.h - captionH,
      w: BODY.w,
      h: captionH,
      fontSize: 13,
      color: ctx.theme.muted,
      fit: 'shrink',
    });
  }
}
