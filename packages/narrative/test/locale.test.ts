import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forLanguage, isChinese, uiLanguage } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the locale rule', () => {
  it('takes any Chinese tag as Chinese, whatever its case or separator, and anything else as English', () => {
    for (const tag of ['zh', 'zh-CN', 'ZH-cn', 'zh-Hans', 'zh-Hant-TW', 'zh_TW', ' zh-cn '])
      expect(uiLanguage(tag), tag).toBe('zh');
    for (const tag of ['en', 'en-US', 'EN', 'fr', 'zha', 'zhx', '', 'x-zh']) expect(uiLanguage(tag), tag).toBe('en');
    expect(isChinese('Zh-TW')).toBe(true);
    expect(forLanguage('zh-CN', { zh: '其他', en: 'Other' })).toBe('其他');
    expect(forLanguage('de', { zh: '其他', en: 'Other' })).toBe('Other');
  });

  it('is the only place a source tests a tag for Chinese', () => {
    const scattered = /startsWith\(\s*['"]zh|===\s*['"]zh['"]|['"]zh['"]\s*===/;
    const offenders: string[] = [];
    for (const floor of ['packages', 'apps']) {
      for (const pkg of readdirSync(path.join(root, floor))) {
        const src = path.join(root, floor, pkg, 'src');
        if (!existsSync(src)) continue;
        const files = readdirSync(src, { withFileTypes: true, recursive: true });
        for (const e of files) {
          if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue;
          const file = path.join(e.parentPath, e.name);
          if (file.includes(path.join('narrative', 'src', 'locale', ''))) continue;
          if (scattered.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
        }
      }
    }
    expect(offenders, 'use uiLanguage / isChinese / forLanguage of @lectern/narrative').toEqual([]);
  });
});
