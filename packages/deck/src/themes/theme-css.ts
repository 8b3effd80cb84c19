import { familiesFor, fontStack, type ThemeTokens } from './tokens.js';

/** `#1f6feb` → `--lc-accent: #1f6feb;` lines: the variables every rule of the theme CSS reads. */
export function themeVariables(tokens: ThemeTokens, language = 'zh'): string {
  const { colors: c, sizes: s } = tokens;
  const families = familiesFor(tokens.fonts, language);
  const vars: Array<[string, string]> = [
    ['bg', c.background],
    ['text', c.text],
    ['muted', c.muted],
    ['accent', c.accent],
    ['accent-2', c.accent2],
    ['rule', c.rule],
    ['soft', c.soft],
    ['on-accent', c.onAccent],
    ['divider', c.divider],
    ['on-divider', c.onDivider],
    ['font', fontStack(families)],
    ['body', `${s.body}px`],
    ['line-height', String(s.lineHeight)],
    ['heading', `${s.heading}px`],
    ['caption', `${s.caption}px`],
    ['footer', `${s.footer}px`],
    ['padding', `${s.paddingTop}px ${s.paddingX}px ${s.paddingBottom}px`],
    ['padding-x', `${s.paddingX}px`],
  ];
  // Marp puts the deck's `lang` on every section: a Latin-script deck gets the Latin-first stack, so ’ “ ” are
  // drawn by a Latin face, not full-width by the CJK one.
  const latin = `section:not(:lang(zh)):not(:lang(ja)):not(:lang(ko)) {\n  --lc-font: ${fontStack(tokens.fonts.latin)};\n}\n`;
  return `section {\n${vars.map(([k, v]) => `  --lc-${k}: ${v};`).join('\n')}\n}\n${latin}`;
}

/**
 * A theme's whole CSS: `rules` (a file under `themes/`, whose first line is its `@theme` comment) with the
 * theme's name and its variables from the tokens put in front, then any `extra` rules of the theme.
 */
export function composeThemeCss(tokens: ThemeTokens, rules: string, extra = ''): string {
  const named = rules.replace(/^\/\* @theme [\w-]+ \*\//, `/* @theme ${tokens.name} */`);
  // The variables go after the leading comments (`@theme`, `@size`, the file's note), before the first rule.
  const at = named.search(/^section \{/m);
  const css =
    at < 0 ? `${named}\n${themeVariables(tokens)}` : `${named.slice(0, at)}${themeVariables(tokens)}${named.slice(at)}`;
  return extra === '' ? css : `${css}\n${extra}`;
}
