import { isChinese } from '@lectern/narrative';
import { THEME_TOKENS, type ThemeTokens, themeTokens } from '../../themes/tokens.js';

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

const hex = (css: string): string => css.replace(/^#/, '').toUpperCase();

/** The PowerPoint colours of a theme, from the theme tokens the HTML deck's CSS also reads. */
function fromTokens(tokens: ThemeTokens): PptxTheme {
  const c = tokens.colors;
  return {
    name: tokens.name,
    background: hex(c.background),
    surface: hex(c.soft),
    text: hex(c.text),
    muted: hex(c.muted),
    accent: hex(c.accent),
    onAccent: hex(c.onAccent),
    chartColors: tokens.series.map(hex),
  };
}

/** The native themes, by deck theme name. */
export const PPTX_THEMES: Readonly<Record<string, PptxTheme>> = Object.fromEntries(
  Object.entries(THEME_TOKENS).map(([name, tokens]) => [name, fromTokens(tokens)]),
);

/** The PowerPoint colours for a deck theme; unknown names get the `lectern` colours. */
export function pptxThemeFor(name: string): PptxTheme {
  return PPTX_THEMES[name] ?? fromTokens(themeTokens(name));
}

/**
 * Fonts for a language. Chinese gets Noto Sans CJK SC (what fonts-noto-cjk installs, and the HTML deck's stack);
 * PowerPoint without it falls back to its East Asian default. Calibri otherwise.
 */
export function pptxFontsFor(language: string): PptxFonts {
  if (isChinese(language)) return { heading: 'Noto Sans CJK SC', body: 'Noto Sans CJK SC' };
  return { heading: 'Calibri', body: 'Calibri' };
}

/** The `lang` attribute for text runs: a BCP 47 tag PowerPoint knows. */
export function pptxLang(language: string): string {
  const tag = language.trim().toLowerCase().replace('_', '-');
  if (isChinese(tag)) {
    if (/^zh(?:-hans|$)/.test(tag)) return 'zh-CN';
    if (/^zh-(?:tw|hant)/.test(tag)) return 'zh-TW';
  } else if (tag === 'en') return 'en-US';
  return language;
}
