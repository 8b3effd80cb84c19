import { isChinese } from '@lectern/narrative';
import type { EntityKind, Mention } from './entity-types.js';
import { KNOWN_ENTITIES } from './known-entities.js';
import { IdPool, slug } from './slug.js';

/** An entity the article names, with every way it is written. */
export interface EntityDraft {
  id: string;
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  /** From the gazetteer, or named often enough to trust. */
  sure: boolean;
}

/**
 * Joins mentions into entities: one per key (gazetteer id or normalised name); the display name is the spelling
 * used most; other spellings (and the gazetteer's names in the article's other script) become aliases.
 */
export function registerEntities(mentions: readonly Mention[], language: string): Map<string, EntityDraft> {
  const byKey = new Map<string, { spellings: Map<string, number>; kind: EntityKind; known: boolean; first: number }>();
  mentions.forEach((m, i) => {
    const e = byKey.get(m.key) ?? { spellings: new Map(), kind: m.kind, known: m.known, first: i };
    e.spellings.set(m.name, (e.spellings.get(m.name) ?? 0) + 1);
    if (m.kind === 'person') e.kind = 'person';
    byKey.set(m.key, e);
  });
  const pool = new IdPool();
  const out = new Map<string, EntityDraft>();
  const zh = isChinese(language);
  for (const [key, e] of [...byKey].sort((a, b) => a[1].first - b[1].first)) {
    const spellings = [...e.spellings].sort((a, b) => b[1] - a[1]);
    const name = spellings[0]![0];
    const aliases = spellings.slice(1).map(([s]) => s);
    const known = KNOWN_ENTITIES.find(([id]) => id === key);
    if (known) {
      const [, , ...names] = known;
      const other = names.find((n) => (zh ? /^[A-Za-z]/.test(n) : /[\u4e00-\u9fff]/u.test(n)));
      if (other && other !== name && !aliases.includes(other)) aliases.push(other);
    }
    const mentionsCount = spellings.reduce((n, [, c]) => n + c, 0);
    const id = pool.take(known ? key : slug(name, `entity-${out.size + 1}`));
    out.set(key, {
      id,
      key,
      name,
      kind: e.kind,
      aliases,
      mentions: mentionsCount,
      sure: e.known || mentionsCount >= 2,
    });
  }
  return out;
}
