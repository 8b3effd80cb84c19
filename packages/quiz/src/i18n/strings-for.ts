import { en } from './en.js';
import type { QuizStrings } from './strings.js';
import { zh } from './zh.js';

/** The template table for a BCP 47 tag: `zh*` → Chinese, anything else → English. */
export function stringsFor(language: string): QuizStrings {
  return language.toLowerCase().startsWith('zh') ? zh : en;
}
