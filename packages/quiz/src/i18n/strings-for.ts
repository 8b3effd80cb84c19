import { forLanguage } from '@lectern/narrative';
import { en } from './en.js';
import type { QuizStrings } from './strings.js';
import { zh } from './zh.js';

/** The template table for a BCP 47 tag: Chinese tags → Chinese, anything else → English (`uiLanguage`). */
export function stringsFor(language: string): QuizStrings {
  return forLanguage(language, { zh, en });
}
