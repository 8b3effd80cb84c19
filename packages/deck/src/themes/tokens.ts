import { isChinese } from '@lectern/narrative';
/**
 * One source for every fact about a theme's look: colours, fonts and sizes, declared once per theme and
 * read by the CSS themes (their `--lc-*` variables, see `theme-css.ts`), the chart style, the PPTX theme
 * and the overflow budgets. The CSS files under `themes/` hold only rules that use these variables.
 */
export interface ThemeColors {
  /** Slide background. */
  background: string;
  text: string;
  /** Secondary text: captions, footers, labels. */
  muted: string;
  /** Headings' rule, list markers, KPI values, the story's subject in a chart. */
  accent: string;
  /** Quotes and checkpoints. */
  accent2: string;
  /** Table rules and chart grid lines. */
  rule: string;
  /** Cards, table headers, stripes. */
  soft: string;
  /** Text on an accent fill. */
  onAccent: string;
  /** Section dividers: background and text. */
  divider: string;
  onDivider: string;
}

export interface ThemeFonts {
  /** Families for Chinese (and other CJK) narratives, first choice first. */
  cjk: readonly string[];
  /** Families for Latin-script narratives: a Latin face first, so ’ “ ” stay proportional. */
  latin: readonly string[];
  /**
   * The PowerPoint theme's faces (the theme part's `<a:latin>` and `<a:ea>`): the first faces of the stacks
   * above that a stock Windows Office has. Where the East Asian face is missing, Office substitutes a face
   * of the same class (see `theme-fonts.ts`): PingFang SC on a Mac, Noto Sans CJK SC on Linux.
   */
  office: { latin: string; eastAsian: string };
}

/** Sizes in CSS px on the 1280×720 slide. */
export interface ThemeSizes {
  slideWidth: number;
  slideHeight: number;
  paddingTop: number;
  paddingX: number;
  paddingBottom: number;
  /** Body text and its line height (unitless). */
  body: number;
  lineHeight: number;
  /** Slide heading (h2). */
  heading: number;
  /** Chart and table captions, agenda summaries. */
  caption: number;
  footer: number;
}

/**
 * How Chromium lays out a theme's body text on the 1280×720 slide, in CSS px: measured from the theme's CSS (its
 * computed styles; `test/export/theme-text-box.test.ts` checks them in Chromium). The overflow budgets scale by it.
 */
export interface ThemeTextBox {
  /** Body font size, line height and letter spacing. */
  body: number;
  line: number;
  letterSpacing: number;
  /** Width of the content box. */
  width: number;
  /** Heading (h2) size and line height. */
  heading: number;
  headingLine: number;
  /** Top of the first body line under a one-line heading, from the slide's top. */
  bodyTop: number;
  /** Top of the footer band (footer, page number): body text must end above it. */
  bandTop: number;
  /**
   * Px a kicker (a statement title's topic, Marp's header) moves the content down: 0 where the theme's top padding
   * already clears it; uncover draws its header inside its 30px top padding (themes/marp-layouts.css).
   */
  kicker: number;
}

export interface ThemeTokens {
  name: string;
  textBox: ThemeTextBox;
  colors: ThemeColors;
  /** Chart series colours, in order (the first is the subject's). */
  series: readonly string[];
  fonts: ThemeFonts;
  sizes: ThemeSizes;
}

const CJK = ['Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'];
const LATIN = ['Noto Sans', 'Helvetica Neue', 'Arial'];

export const FONTS: ThemeFonts = {
  cjk: [...CJK, 'Helvetica Neue', 'Arial'],
  latin: [...LATIN, ...CJK],
  office: { latin: 'Arial', eastAsian: 'Microsoft YaHei' },
};

export const SIZES: ThemeSizes = {
  slideWidth: 1280,
  slideHeight: 720,
  paddingTop: 56,
  paddingX: 72,
  paddingBottom: 64,
  body: 28,
  lineHeight: 1.45,
  heading: 44,
  caption: 22,
  footer: 18,
};

const LECTERN_BOX: ThemeTextBox = {
  body: SIZES.body,
  line: SIZES.body * SIZES.lineHeight,
  letterSpacing: 0,
  width: SIZES.slideWidth - 2 * SIZES.paddingX,
  heading: SIZES.heading,
  headingLine: 55,
  bodyTop: 147,
  bandTop: 672,
  kicker: 0,
};

const LECTERN: ThemeTokens = {
  name: 'lectern',
  textBox: LECTERN_BOX,
  colors: {
    background: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    accent: '#1f6feb',
    accent2: '#f59e0b',
    rule: '#d9e2ec',
    soft: '#f0f4f8',
    onAccent: '#ffffff',
    divider: '#1f6feb',
    onDivider: '#ffffff',
  },
  series: ['#1f6feb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0ea5e9', '#84cc16', '#ec4899'],
  fonts: FONTS,
  sizes: SIZES,
};

const LECTERN_DARK: ThemeTokens = {
  name: 'lectern-dark',
  textBox: LECTERN_BOX,
  colors: {
    background: '#0b1220',
    text: '#f5f7fa',
    muted: '#b8c4d6',
    accent: '#58a6ff',
    accent2: '#fbbf24',
    rule: '#334155',
    soft: '#1e293b',
    onAccent: '#0b1220',
    divider: '#13233f',
    onDivider: '#ffffff',
  },
  series: ['#58a6ff', '#fbbf24', '#34d399', '#f87171', '#a78bfa', '#38bdf8', '#a3e635', '#f472b6'],
  fonts: FONTS,
  sizes: SIZES,
};

// Marp's built-in themes: their colours as marp-core draws them, for the PPTX and the charts.
const DEFAULT: ThemeTokens = {
  ...LECTERN,
  name: 'default',
  // Marp's default: 29px text (line-height 1.5) in 78.5px padding, h2 1.3em; content centred vertically.
  textBox: {
    body: 29,
    line: 43.5,
    letterSpacing: 0,
    width: 1123,
    heading: 37.7,
    headingLine: 47.1,
    bodyTop: 152.9,
    bandTop: 641.5,
    kicker: 0,
  },
  colors: { ...LECTERN.colors, accent: '#224466', divider: '#224466' },
  series: ['#224466', ...LECTERN.series.slice(1)],
};

const GAIA: ThemeTokens = {
  name: 'gaia',
  // Marp's gaia: 35px text (line-height 1.35, letter-spacing 1.25px) in 70px padding, h2 1.5em; a 70px footer band.
  textBox: {
    body: 35,
    line: 47.25,
    letterSpacing: 1.25,
    width: 1140,
    heading: 52.5,
    headingLine: 70.9,
    bodyTop: 175.9,
    bandTop: 650,
    kicker: 0,
  },
  colors: {
    background: '#fff8e1',
    text: '#455a64',
    muted: '#6d7f88',
    accent: '#0288d1',
    accent2: '#f57c00',
    rule: '#e0d5b0',
    soft: '#f3e9c6',
    onAccent: '#fff8e1',
    divider: '#0288d1',
    onDivider: '#fff8e1',
  },
  series: ['#0288d1', '#f57c00', '#388e3c', '#d32f2f', '#7b1fa2', '#0097a7', '#afb42b', '#c2185b'],
  fonts: FONTS,
  sizes: SIZES,
};

const UNCOVER: ThemeTokens = {
  ...LECTERN,
  name: 'uncover',
  // Marp's uncover: 40px text (line-height 1.4, letter-spacing 3px) in 30px/70px padding, h2 1.7em; centred; an
  // 80px page-number corner.
  textBox: {
    body: 40,
    line: 56,
    letterSpacing: 3,
    width: 1140,
    heading: 68,
    headingLine: 95.2,
    bodyTop: 155.2,
    bandTop: 640,
    kicker: 40,
  },
  colors: { ...LECTERN.colors, background: '#fdfcff', text: '#202228', accent: '#202228', divider: '#202228' },
};

/** Every theme's tokens, by theme name. */
export const THEME_TOKENS: Readonly<Record<string, ThemeTokens>> = {
  lectern: LECTERN,
  'lectern-dark': LECTERN_DARK,
  default: DEFAULT,
  gaia: GAIA,
  uncover: UNCOVER,
};

/** A theme's tokens; unknown names get the `lectern` tokens. */
export function themeTokens(name: string): ThemeTokens {
  return THEME_TOKENS[name] ?? LECTERN;
}

/** Whether a language is set in CJK type (Chinese, Japanese, Korean): the CJK stack; anything else the Latin one. */
export function isCjkLanguage(language: string): boolean {
  return isChinese(language) || /^(?:ja|ko)(?:[-_]|$)/i.test(language.trim());
}

/** The font families for a narrative's language: a CJK face first for CJK, a Latin face first otherwise. */
export function familiesFor(fonts: ThemeFonts, language: string): readonly string[] {
  return isCjkLanguage(language) ? fonts.cjk : fonts.latin;
}

/** A CSS `font-family` value: families quoted, then the generic `sans-serif`. */
export function fontStack(families: readonly string[]): string {
  return [...families.map((f) => `"${f}"`), 'sans-serif'].join(', ');
}
