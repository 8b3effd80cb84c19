import { FONTS, fontStack, type ThemeTokens, themeTokens } from '../themes/tokens.js';

/** Colours and type a chart takes from the theme. */
export interface ChartStyle {
  text: string;
  muted: string;
  grid: string;
  series: string[];
  fontFamily: string;
  /** Label size in SVG px (the chart is drawn 1100 wide, shown about that size on a 1280px slide). */
  fontSize: number;
}

export const CJK_FONT_STACK = fontStack(FONTS.cjk.filter((f) => f !== 'Helvetica Neue' && f !== 'Arial'));

/** A theme's chart style, from its tokens. */
export function chartStyleFrom(tokens: ThemeTokens): ChartStyle {
  return {
    text: tokens.colors.text,
    muted: tokens.colors.muted,
    grid: tokens.colors.rule,
    series: [...tokens.series],
    fontFamily: CJK_FONT_STACK,
    fontSize: 26,
  };
}

export const DEFAULT_CHART_STYLE: ChartStyle = chartStyleFrom(themeTokens('lectern'));

export const CHART_WIDTH = 1100;
export const CHART_HEIGHT = 440;
