import type { Mention } from './entity-types.js';
import { KNOWN_ENTITIES } from './known-entities.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let pattern: RegExp | undefined;
let byName: Map<string, readonly [string, string]> | undefined;

/**
 * Gazetteer names in `text`, longest first. `normalised` is the same text in Simplified Chinese (same length
 * as `text` for character-level conversions), so Traditional spellings match their Simplified entries.
 */
export function knownMentions(text: string, normalised = text): Mention[] {
  if (!pattern || !byName) {
    byName = new Map();
    for (const [id, kind, ...names] of KNOWN_ENTITIES) for (const n of names) byName.set(n.toLowerCase(), [id, kind]);
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    const guarded = (n: string) => (/^[A-Za-z]/.test(n) ? `(?<![A-Za-z])${escapeRe(n)}(?![A-Za-z])` : escapeRe(n));
    pattern = new RegExp(names.map(guarded).join('|'), 'giu');
  }
  const source = normalised.length === text.length ? normalised : text;
  const out: Mention[] = [];
  for (const m of source.matchAll(pattern)) {
    const hit = byName.get(m[0].toLowerCase());
    if (!hit) continue;
    out.push({
      key: hit[0],
      name: text.slice(m.index!, m.index! + m[0].length),
      kind: hit[1] as Mention['kind'],
      start: m.index!,
      end: m.index! + m[0].length,
      known: true,
    });
  }
  return out;
}
