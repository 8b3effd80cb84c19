import { isChinese } from '@lectern/narrative';
import { THEME_TOKENS, type ThemeTokens, themeTokens } from '../../themes/tokens.js';

/** Colours (hex, no `#`) and sizes (pt) of a native PowerPoint deck, from a deck theme's tokens. */
export interface PptxTheme {
  name: string;
  background: string;
  /** Cards, table headers and stripes. */
  surface: string;
  text: string;
  muted: string;
  accent: string;
  /** Quotes' rule and checkpoints' heading rule. */
  accent2: string;
  /** Table rules and the timeline's line. */
  rule: string;
  /** Text on accent fills. */
  onAccent: string;
  /** Section dividers: background and text. */
  divider: string;
  onDivider: string;
  /** Series colours, in order; enough for a doughnut of every chart we draw. */
  chartColors: string[];
  /** Type sizes in points, from the tokens' CSS px on the 1280px slide (the page is 10 in wide). */
  sizes: { heading: number; body: number; caption: number; footer: number };
}

/**
 * The fonts text runs name: the theme's heading and body slots (`+mj-lt`, `+mn-lt`). The theme part holds
 * their Latin and East Asian faces (`themeFonts`), so Chinese takes the theme's CJK face, never a serif.
 */
export interface PptxFonts {
  heading: string;
  body: string;
}

const hex = (css: string): string => css.replace(/^#/, '').toUpperCase();

/** Points per CSS px: the 1280px slide is 10 in (720 pt) wide in PowerPoint. */
export const PT_PER_PX = 720 / 1280;
/** A CSS size in points, at least 12 pt (the smallest size a deck sets, for reading from the back of a room). */
export const pt = (px: number): number => Math.max(12, Math.round(px * PT_PER_PX));

/** The PowerPoint colours and sizes of a theme, from the theme tokens the HTML deck's CSS also reads. */
function fromTokens(tokens: ThemeTokens): PptxTheme {
  const c = tokens.colors;
  const s = tokens.sizes;
  return {
    name: tokens.name,
    background: hex(c.background),
    surface: hex(c.soft),
    text: hex(c.text),
    muted: hex(c.muted),
    accent: hex(c.accent),
    accent2: hex(c.accent2),
    rule: hex(c.rule),
    onAccent: hex(c.onAccent),
    divider: hex(c.divider),
    onDivider: hex(c.onDivider),
    chartColors: tokens.series.map(hex),
    sizes: { heading: pt(s.heading), body: pt(s.body), caption: pt(s.caption), footer: pt(s.footer) },
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

/** The theme font slots every run names, whatever the language: the theme part holds the faces. */
export function pptxFontsFor(_language?: string): PptxFonts {
  return { heading: '+mj-lt', body: '+mn-lt' };
}

/** The faces of the PowerPoint theme for a deck theme, from its tokens (`fonts.office`). */
export function officeFacesFor(theme: string): { latin: string; eastAsian: string } {
  return themeTokens(theme).fonts.office;
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
