import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listThemes, themeCss, themeSourceFiles } from '../src/index.js';
import { layoutStyle } from '../src/themes/themes.js';

const packageDir = new URL('../', import.meta.url);

describe('themeSourceFiles', () => {
  it('names every file a theme is made from: each of its rule lines is in the theme CSS', () => {
    for (const theme of listThemes()) {
      // A Marp built-in theme is made of marp-core's CSS and our layouts' rules (the deck's `style` directive).
      const css = themeCss(theme) ?? layoutStyle(theme);
      const files = themeSourceFiles(theme);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const lines = readFileSync(new URL(file, packageDir), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '' && !line.startsWith('/* @theme'))
          .filter((line) => themeCss(theme) !== undefined || !/^\/?\s*\*/.test(line.trim()));
        for (const line of lines) expect(css, `${theme}: ${file}`).toContain(line);
      }
    }
  });

  it('rejects an unknown theme', () => {
    expect(() => themeSourceFiles('nope')).toThrow(/Unknown theme/);
  });
});
