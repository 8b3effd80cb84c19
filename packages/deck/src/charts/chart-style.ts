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

export const CJK_FONT_STACK =
  '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const DEFAULT_CHART_STYLE: ChartStyle = {
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9e2ec',
  series: ['#1f6feb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0ea5e9', '#84cc16', '#ec4899'],
  fontFamily: CJK_FONT_STACK,
  fontSize: 26,
};

export const CHART_WIDTH = 1100;
export const CHART_HEIGHT = 440;
