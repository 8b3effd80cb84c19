import type { DeckModel } from '../model/deck-model.js';
import { layoutStyle } from '../themes/themes.js';
import { escapeMarkdown, yamlString } from './escape-markdown.js';

/**
 * The deck's Marp front matter. Values from content are YAML-quoted (and the footer, which Marp
 * renders as Markdown, is Markdown-escaped first); the theme name was checked against listThemes(). A Marp
 * built-in theme gets our layouts' rules as the `style` directive (a YAML block of our own CSS, no content).
 */
export function frontMatter(deck: DeckModel): string {
  const style = layoutStyle(deck.theme);
  const block =
    style === undefined
      ? []
      : [
          'style: |',
          ...style
            .trimEnd()
            .split('\n')
            .map((line) => `  ${line}`),
        ];
  return [
    '---',
    'marp: true',
    `theme: ${deck.theme}`,
    'size: 16:9',
    'paginate: true',
    `lang: ${yamlString(deck.language)}`,
    `title: ${yamlString(deck.title)}`,
    `footer: ${yamlString(escapeMarkdown(deck.title))}`,
    ...block,
    '---',
    '',
  ].join('\n');
}
