import { readFileSync } from 'node:fs';
import { LecternError } from '@lectern/narrative';
import { type ChartStyle, chartStyleFrom } from '../charts/chart-style.js';
import { composeThemeCss } from './theme-css.js';
import { themeTokens } from './tokens.js';

/** Theme folder of the package; the same relative path from src/ and from dist/. */
const THEMES_DIR = new URL('../../themes/', import.meta.url);

/** Our own themes: name → file under `packages/deck/themes/`. */
const OWN_THEMES = ['lectern', 'lectern-dark'] as const;
/** Marp Core's built-in themes, also selectable. */
const BUILTIN_THEMES = ['default', 'gaia', 'uncover'] as const;

const read = (name: string): string => readFileSync(new URL(`${name}.css`, THEMES_DIR), 'utf8');
const rules = read('lectern');
/**
 * Each theme as one self-contained CSS text (also what is written beside deck.md): its variables from the
 * theme tokens, then the rules of themes/lectern.css; lectern-dark.css adds its few rules of its own.
 */
const css = new Map<string, string>([
  ['lectern', composeThemeCss(themeTokens('lectern'), rules)],
  [
    'lectern-dark',
    composeThemeCss(
      themeTokens('lectern-dark'),
      rules,
      read('lectern-dark').replace(/^\/\* @theme lectern-dark \*\/\n/, ''),
    ),
  ],
]);

/** Our layouts' rules for Marp's built-in themes, without the file's leading comment, then lectern's KPI value sizes. */
const MARP_LAYOUTS = [
  read('marp-layouts').replace(/^\/\*[\s\S]*?\*\/\n/, ''),
  ...rules.split('\n').filter((line) => line.startsWith('section.big-number.kv-')),
].join('\n');

/**
 * The rules a deck in theme `name` adds with Marp's `style` directive: our layouts' rules for Marp's built-in
 * themes (in em of the theme's text, so the overflow budgets scale with it); nothing for our own themes.
 */
export function layoutStyle(name: string): string | undefined {
  return (BUILTIN_THEMES as readonly string[]).includes(name) ? MARP_LAYOUTS : undefined;
}

/** Every selectable theme name: ours first, then Marp's built-ins. */
export function listThemes(): string[] {
  return [...OWN_THEMES, ...BUILTIN_THEMES];
}

/** Throws a LecternError naming the valid themes when `name` is not one of them. */
export function assertTheme(name: string): void {
  if (!listThemes().includes(name)) {
    throw new LecternError('deck/unknown-theme', `Unknown theme "${name}".`, {
      hint: `Use one of: ${listThemes().join(', ')}.`,
    });
  }
}

/**
 * The theme's CSS for writing beside deck.md (`theme-<name>.css`), or undefined for Marp's
 * built-in themes, which Marp already knows.
 */
export function themeCss(name: string): string | undefined {
  assertTheme(name);
  return css.get(name);
}

/**
 * The files of this package a theme's CSS is made from, relative to the package folder (`themes/lectern.css`):
 * what a narrative's build task declares as inputs, so a theme edit rebuilds only the narratives that use it.
 * Marp's built-in themes have only our layout rules (themes/marp-layouts.css; the rest comes with marp-core).
 */
export function themeSourceFiles(name: string): string[] {
  assertTheme(name);
  if (name === 'lectern-dark') return ['themes/lectern.css', 'themes/lectern-dark.css'];
  return name === 'lectern' ? ['themes/lectern.css'] : ['themes/marp-layouts.css'];
}

/** All our theme CSS files, to register with a Marp instance. */
export function ownThemeCss(): string[] {
  return OWN_THEMES.map((name) => css.get(name)!);
}

/** Chart colours for a theme. */
export function chartStyleFor(name: string): ChartStyle {
  return chartStyleFrom(themeTokens(name));
}
