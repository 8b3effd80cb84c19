/** Colours (hex, no `#`) and fonts of a native PowerPoint deck, matched to a deck theme. */
export interface PptxTheme {
  name: string;
  background: string;
  /** Cards, table stripes, section dividers. */
  surface: string;
  text: string;
  muted: string;
  accent: string;
  /** Text on accent fills. */
  onAccent: string;
  /** Series colours, in order; enough for a doughnut of every chart we draw. */
  chartColors: string[];
}

/** Fonts per language: one face for Latin and East Asian runs, so Chinese never falls back to a serif. */
export interface PptxFonts {
  heading: string;
  body: string;
}

// Colours from themes/lectern.css and lectern-dark.css (--lc-*) and the chart series of charts/chart-style.ts.
const LECTERN: PptxTheme = {
  name: 'lectern',
  background: 'FFFFFF',
  surface: 'F0F4F8',
  text: '1F2933',
  muted: '52606D',
  accent: '1F6FEB',
  onAccent: 'FFFFFF',
  chartColors: ['1F6FEB', 'F59E0B', '10B981', 'EF4444', '8B5CF6', '0EA5E9', '84CC16', 'EC4899'],
};

const LECTERN_DARK: PptxTheme = {
  name: 'lectern-dark',
  background: '0B1220',
  surface: '1E293B',
  text: 'F5F7FA',
  muted: 'B8C4D6',
  accent: '58A6FF',
  onAccent: '0B1220',
  chartColors: ['58A6FF', 'FBBF24', '34D399', 'F87171', 'A78BFA', '38BDF8', 'A3E635', 'F472B6'],
};

// Marp's built-in themes, approximated.
const GAIA: PptxTheme = {
  name: 'gaia',
  background: 'FFF8E1',
  surface: 'F3E9C6',
  text: '455A64',
  muted: '6D7F88',
  accent: '0288D1',
  onAccent: 'FFF8E1',
  chartColors: ['0288D1', 'F57C00', '388E3C', 'D32F2F', '7B1FA2', '0097A7', 'AFB42B', 'C2185B'],
};

const DEFAULT: PptxTheme = { ...LECTERN, name: 'default', accent: '224466', chartColors: ['224466', ...LECTERN.chartColors.slice(1)] };
const UNCOVER: PptxTheme = { ...LECTERN, name: 'uncover', background: 'FDFCFF', text: '202228', accent: '202228' };

/** The native themes, by deck theme name. */
export const PPTX_THEMES: Readonly<Record<string, PptxTheme>> = {
  lectern: LECTERN,
  'lectern-dark': LECTERN_DARK,
  default: DEFAULT,
  gaia: GAIA,
  uncover: UNCOVER,
};

/** The PowerPoint colours for a deck theme; unknown names get the `lectern` colours. */
export function pptxThemeFor(name: string): PptxTheme {
  return PPTX_THEMES[name] ?? LECTERN;
}

/**
 * Fonts for a language. Chinese gets Noto Sans CJK SC (what fonts-noto-cjk installs, and the HTML deck's stack);
 * PowerPoint without it falls back to its East Asian default. Calibri otherwise.
 */
export function pptxFontsFor(language: string): PptxFonts {
  if (language.toLowerCase().startsWith('zh')) return { heading: 'Noto Sans CJK SC', body: 'Noto Sans CJK SC' };
  return { heading: 'Calibri', body: 'Calibri' };
}

/** The `lang` attribute for text runs: a BCP 47 tag PowerPoint knows. */
export function pptxLang(language: string): string {
  if (language === 'zh' || language.startsWith('zh-Hans')) return 'zh-CN';
  if (language.toLowerCase() === 'zh-tw' || language.startsWith('zh-Hant')) return 'zh-TW';
  if (language === 'en') return 'en-US';
  return language;
}
