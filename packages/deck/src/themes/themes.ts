import { readFileSync } from 'node:fs';
import { LecternError } from '@lectern/narrative';
import { type ChartStyle, DEFAULT_CHART_STYLE } from '../charts/chart-style.js';

/** Theme folder of the package; the same relative path from src/ and from dist/. */
const THEMES_DIR = new URL('../../themes/', import.meta.url);

/** Our own themes: name → file under `packages/deck/themes/`. */
const OWN_THEMES = ['lectern', 'lectern-dark'] as const;
/** Marp Core's built-in themes, also selectable. */
const BUILTIN_THEMES = ['default', 'gaia', 'uncover'] as const;

const read = (name: string): string => readFileSync(new URL(`${name}.css`, THEMES_DIR), 'utf8');
const light = read('lectern');
/**
 * Each theme as one self-contained CSS text (also what is written beside deck.md). lectern-dark.css holds
 * only its colours: it is the light theme's rules under its own `@theme` name, followed by those overrides.
 */
const css = new Map<string, string>([
  ['lectern', light],
  ['lectern-dark', `${light.replace('/* @theme lectern */', '/* @theme lectern-dark */')}\n${read('lectern-dark').replace(/^\/\* @theme lectern-dark \*\/\n/, '')}`],
]);

const CHART_STYLES: Record<string, ChartStyle> = {
  'lectern-dark': {
    ...DEFAULT_CHART_STYLE,
    text: '#f5f7fa',
    muted: '#b8c4d6',
    grid: '#334155',
    series: ['#58a6ff', '#fbbf24', '#34d399', '#f87171', '#a78bfa', '#38bdf8', '#a3e635', '#f472b6'],
  },
};

/** Every selectable theme name: ours first, then Marp's built-ins. */
export function listThemes(): string[] {
  return [...OWN_THEMES, ...BUILTIN_THEMES];
}

/** Throws a LecternError naming the valid themes when `name` is not one of them. */
export function assertTheme(name: string): void {
  if (!listThemes().includes(name)) {
    throw new LecternError('DECK_UNKNOWN_THEME', `Unknown theme "${name}".`, {
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

/** All our theme CSS files, to register with a Marp instance. */
export function ownThemeCss(): string[] {
  return OWN_THEMES.map((name) => css.get(name)!);
}

/** Chart colours for a theme. */
export function chartStyleFor(name: string): ChartStyle {
  return CHART_STYLES[name] ?? DEFAULT_CHART_STYLE;
}
