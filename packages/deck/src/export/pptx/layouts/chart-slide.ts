import type { PptxChartName, PptxSlide } from '../pptxgen-class.js';
import type { ChartKind, SlideOf } from '../../../model/deck-model.js';
import { pointColour } from '../../../charts/point-colour.js';
import { chartSeries } from '../chart-series.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

// A waterfall is drawn as signed bars, coloured by step (PowerPoint's own waterfall is not in pptxgenjs).
const CHART_TYPE: Record<ChartKind, PptxChartName> = { bar: 'bar', line: 'line', donut: 'doughnut', waterfall: 'bar' };

/** One colour per point, from its role, as the SVG chart colours it (charts/point-colour.ts). */
function colours(s: SlideOf<'chart'>, ctx: PptxContext): string[] {
  const style = {
    text: '',
    muted: ctx.theme.muted,
    grid: ctx.theme.rule,
    series: ctx.theme.chartColors,
    fontFamily: '',
    fontSize: 0,
  };
  const byIndex = s.data.chart === 'donut';
  return s.data.points.map((p, i) => pointColour(p, i, style, byIndex));
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
      chartColors: kind === 'line' ? [ctx.theme.accent] : colours(s, ctx),
      invertedColors: kind === 'line' ? undefined : colours(s, ctx),
      showTitle: s.data.subtitle !== undefined,
      title: s.data.subtitle ?? '',
      titleFontFace: font.fontFace,
      titleFontSize: 14,
      titleColor: ctx.theme.muted,
      barDir: 'col',
      showValue: true,
      dataLabelFormatCode: series.formatCode,
      dataLabelFontFace: font.fontFace,
      dataLabelFontSize: 14,
      dataLabelColor: kind === 'donut' ? ctx.theme.onAccent : font.color,
      dataLabelPosition: kind === 'donut' ? 'ctr' : kind === 'line' ? 't' : 'outEnd',
      showLegend: kind === 'donut',
      legendPos: 'r',
      legendFontFace: font.fontFace,
      legendFontSize: 14,
      legendColor: font.color,
      holeSize: 55,
      catAxisLabelFontFace: font.fontFace,
      catAxisLabelFontSize: 14,
      catAxisLabelColor: font.color,
      valAxisLabelFontFace: font.fontFace,
      valAxisLabelFontSize: 12,
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
      fontSize: ctx.theme.sizes.caption,
      color: ctx.theme.muted,
      fit: 'shrink',
    });
  }
}
