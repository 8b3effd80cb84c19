import type { DeckModel } from '../model/deck-model.js';
import { escapeMarkdown, yamlString } from './escape-markdown.js';

/**
 * The deck's Marp front matter. Values from content are YAML-quoted (and the footer, which Marp
 * renders as Markdown, is Markdown-escaped first); the theme name was checked against listThemes().
 */
export function frontMatter(deck: DeckModel): string {
  return [
    '---',
    'marp: true',
    `theme: ${deck.theme}`,
    'size: 16:9',
    'paginate: true',
    `lang: ${yamlString(deck.language)}`,
    `title: ${yamlString(deck.title)}`,
    `footer: ${yamlString(escapeMarkdown(deck.title))}`,
    '---',
    '',
  ].join('\n');
}
