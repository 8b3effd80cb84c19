import type { ImportLanguage } from '../model.js';
import { hanCount, isChinese } from '../text/cjk.js';
import { toSimplified, toTraditional } from '@lectern/narrative';

/**
 * The article's language: English unless Han characters dominate; then Traditional when converting to
 * Simplified changes more characters than converting to Traditional does (OpenCC), else Simplified.
 */
export function detectLanguage(text: string): ImportLanguage {
  const sample = text.slice(0, 20_000);
  if (!isChinese(sample)) return 'en';
  const han = [...sample].filter((c) => hanCount(c) === 1).join('');
  const diff = (a: string, b: string) => [...a].reduce((n, c, i) => n + (c === [...b][i] ? 0 : 1), 0);
  const toS = diff(han, toSimplified(han));
  const toT = diff(han, toTraditional(han));
  return toS > toT ? 'zh-TW' : 'zh-CN';
}
