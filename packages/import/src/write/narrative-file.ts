import type { DraftNarrative } from '../draft/draft-model.js';
import { reviewMessage } from '../draft/review.js';
import { toTraditional } from '@lectern/narrative';
import { field, q, reviewComment } from './yaml-text.js';

/** narrative.yaml for a drafted narrative: metadata, source, section list, entities, objectives. */
export function narrativeFileText(n: DraftNarrative, sectionFiles: readonly string[]): string {
  const lang = n.language;
  const t = (text: string) => (lang === 'zh-TW' ? toTraditional(text) : text);
  let y = '# yaml-language-server: $schema=../../packages/narrative/schema/narrative.schema.json\n';
  y +=
    lang === 'en'
      ? '# Drafted by `lectern import`. Lines marked `# review:` need your eye: check each, fix the value if needed, then delete the comment.\n# `lectern check --review` lists them.\n'
      : t(
          '# 由 `lectern import` 起草。标有 `# review:` 的行需要你核对：确认或改正后删除该注释。`lectern check --review` 会列出全部待办。\n',
        );
  y += field(0, 'id', n.id);
  y += field(
    0,
    'title',
    q(n.title),
    n.review.map((r) => reviewMessage(r, lang)),
  );
  y += field(0, 'language', lang);
  y += 'source:\n';
  if (n.source.title) y += field(2, 'title', q(n.source.title));
  if (n.source.publication) y += field(2, 'publication', q(n.source.publication));
  if (n.source.author) y += field(2, 'author', q(n.source.author));
  if (n.source.date) y += field(2, 'date', q(n.source.date));
  y += field(2, 'file', n.source.file);
  y += `sections:\n${sectionFiles.map((f) => `  - ${f}\n`).join('')}`;
  y += 'entities:\n';
  for (const e of n.entities) {
    const aliases = e.aliases.length > 0 ? `, aliases: [${e.aliases.map(q).join(', ')}]` : '';
    const review = e.sure || e.kind === 'person' ? [] : [reviewMessage({ kind: 'kind-guessed', guess: e.kind }, lang)];
    y += `  - { id: ${e.id}, name: ${q(e.name)}, kind: ${e.kind}${aliases} }${reviewComment(review)}\n`;
  }
  y += 'objectives:\n';
  for (const o of n.objectives)
    y += `  - { id: ${o.id}, text: ${q(t(o.text))}, sections: [${o.sections.join(', ')}] }\n`;
  return y;
}
