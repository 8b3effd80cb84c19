import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH } from '../src/overflow/budgets.js';
import { pptxThemeFor } from '../src/export/pptx/pptx-theme.js';
import { chartStyleFor, listThemes, themeCss } from '../src/themes/themes.js';
import { THEME_TOKENS, themeTokens } from '../src/themes/tokens.js';

const ownCss = (name: string): string => readFileSync(new URL(`../themes/${name}.css`, import.meta.url), 'utf8');

describe('theme tokens', () => {
  it('cover every theme --theme offers', () => {
    expect(Object.keys(THEME_TOKENS).sort()).toEqual(listThemes().sort());
  });

  it('are the only place our theme files take colours, fonts and base sizes from', () => {
    for (const name of ['lectern', 'lectern-dark']) {
      const rules = ownCss(name);
      // Only translucent tints are written in the rules; every named colour is a variable.
      expect(rules.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual(name === 'lectern' ? ['#eaf2ff', '#eaf2ff'] : []);
      expect(rules).not.toMatch(/font-family:\s*"/);
      const css = themeCss(name)!;
      const t = themeTokens(name);
      expect(css.startsWith(`/* @theme ${name} */`)).toBe(true);
      for (const value of Object.values(t.colors)) expect(css).toContain(value);
      expect(css).toContain(`--lc-body: ${t.sizes.body}px;`);
      expect(css).toContain(`--lc-padding: ${t.sizes.paddingTop}px ${t.sizes.paddingX}px ${t.sizes.paddingBottom}px;`);
      expect(css).toContain('"Noto Sans SC"');
    }
  });

  it('feed the PPTX theme and the charts with the same colours', () => {
    for (const name of listThemes()) {
      const t = themeTokens(name);
      const pptx = pptxThemeFor(name);
      expect(`#${pptx.background}`.toLowerCase()).toBe(t.colors.background);
      expect(`#${pptx.accent}`.toLowerCase()).toBe(t.colors.accent);
      expect(pptx.chartColors.map((c) => `#${c}`.toLowerCase())).toEqual([...t.series]);
      expect(chartStyleFor(name).series).toEqual([...t.series]);
      expect(chartStyleFor(name).text).toBe(t.colors.text);
    }
  });

  it('give the overflow budgets their content box', () => {
    const s = themeTokens('lectern').sizes;
    expect(CONTENT_WIDTH).toBe(s.slideWidth - 2 * s.paddingX);
  });
});
