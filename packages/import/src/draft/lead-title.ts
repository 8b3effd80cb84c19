import type { ImportLanguage } from '../model.js';

/** The title of the opening section when the article's first heading comes after some prose. */
export function leadTitle(language: ImportLanguage): string {
  return language === 'en' ? 'Introduction' : '引言';
}
