import { isChinese } from '@lectern/narrative';
import { renderChartSvg } from '../charts/render-chart.js';
import type { Slide } from '../model/deck-model.js';
import { deckLabels } from '../model/labels.js';
import { quoted } from '../model/quote-slides.js';
import { kpiLayout } from '../overflow/kpi-size.js';
import { quoteSize } from '../overflow/quote-size.js';
import { isRoomy, isRoomyTimeline } from '../overflow/roomy-list.js';
import { chartStyleFor } from '../themes/themes.js';
import { familiesFor, fontStack, themeTokens } from '../themes/tokens.js';
import { layoutTemplate } from './template-registry.js';

/** How chart images are referenced from the Markdown. */
export type ChartImages = 'inline' | 'files';

export interface SlideRenderContext {
  language: string;
  theme: string;
  /** `inline`: SVG as a base64 data URL (deck.html); `files`: `charts/slide-NNN.svg` beside deck.md. */
  charts: ChartImages;
}

/** File name of a chart slide's SVG when charts are written as files. */
export function chartFileName(slide: Slide): string {
  return `charts/slide-${String(slide.index + 1).padStart(3, '0')}.svg`;
}

/** The chart SVG of a chart slide, styled for the theme. */
export function slideChartSvg(slide: Slide, ctx: Pick<SlideRenderContext, 'language' | 'theme'>): string | undefined {
  if (slide.layout !== 'chart') return undefined;
  const style = chartStyleFor(ctx.theme);
  const fontFamily = fontStack(
    familiesFor(themeTokens(ctx.theme).fonts, ctx.language).filter((f) => f !== 'Helvetica Neue' && f !== 'Arial'),
  );
  return renderChartSvg(slide.data, { title: slide.title, language: ctx.language, style: { ...style, fontFamily } });
}

function classes(slide: Slide, language: string): string {
  const list: string[] = [slide.layout];
  if (slide.layout === 'big-number') {
    const layout = kpiLayout(slide.data.kpis.map((k) => k.fact.text));
    list.push(`kpis-${slide.data.kpis.length}`, `kv-${layout.size}`);
    if (layout.perRow < slide.data.kpis.length) list.push('kpi-grid');
  }
  if (
    (slide.layout === 'key-points' || slide.layout === 'summary') &&
    isRoomy(slide.layout, slide.title, slide.data.points, language)
  ) {
    list.push('roomy');
  }
  if (
    slide.layout === 'timeline' &&
    isRoomyTimeline(
      slide.title,
      slide.data.events.map((e) => e.text),
      language,
    )
  ) {
    list.push('roomy');
  }
  if (slide.layout === 'quote') {
    list.push(
      `quote-${
        quoteSize(
          slide.data.quotes.map((q) => q.text),
          language,
        ).name
      }`,
    );
    if (slide.data.quotes.length > 1) list.push(`quotes-${slide.data.quotes.length}`);
  }
  if (slide.continuation !== undefined && slide.continuation.part > 1) list.push('continued');
  return list.join(' ');
}

function sourceLine(slide: Slide): string | undefined {
  if (slide.layout !== 'sources') return undefined;
  const s = slide.data.source;
  const parts = [s.title, s.publication, s.author, s.date, s.url].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** One slide as Marp Markdown (without the `---` separator). Pure. */
export function renderSlideMarkdown(slide: Slide, ctx: SlideRenderContext): string {
  let chartSrc: string | undefined;
  if (slide.layout === 'chart') {
    chartSrc =
      ctx.charts === 'files'
        ? chartFileName(slide)
        : `data:image/svg+xml;base64,${Buffer.from(slideChartSvg(slide, ctx)!, 'utf8').toString('base64')}`;
  }
  const labels = deckLabels(ctx.language);
  const quotes =
    slide.layout === 'quote'
      ? slide.data.quotes.map((q) => ({ shown: quoted(q.text, labels.quoteMarks), attribution: `— ${q.attribution}` }))
      : [];
  const context = {
    slide,
    quotes,
    data: slide.data,
    labels,
    classes: classes(slide, ctx.language),
    hidePagination: slide.layout === 'title' || slide.layout === 'section',
    chartSrc,
    sourceLine: sourceLine(slide),
    chinese: isChinese(ctx.language),
  };
  return `${layoutTemplate(slide.layout)(context).trim()}\n`;
}
