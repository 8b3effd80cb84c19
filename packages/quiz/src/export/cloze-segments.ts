import type { ClozeGap, ClozeItem } from '../model/item.js';

export type ClozeSegment = { kind: 'text'; text: string } | { kind: 'gap'; gap: ClozeGap; number: number };

/**
 * Splits a cloze text at its `{{<gap-id>}}` markers. Only ids the item declares are gaps; any other `{{…}}`
 * is content and stays text. `number` is the 1-based position of the gap in the item's `gaps` list.
 */
export function clozeSegments(item: Pick<ClozeItem, 'text' | 'gaps'>): ClozeSegment[] {
  const byId = new Map(item.gaps.map((gap, index) => [gap.id, { gap, number: index + 1 }]));
  const segments: ClozeSegment[] = [];
  let last = 0;
  for (const match of item.text.matchAll(/\{\{([^{}]*)\}\}/g)) {
    const found = byId.get(match[1] ?? '');
    if (!found) continue;
    if (match.index > last) segments.push({ kind: 'text', text: item.text.slice(last, match.index) });
    segments.push({ kind: 'gap', gap: found.gap, number: found.number });
    last = match.index + match[0].length;
  }
  if (last < item.text.length) segments.push({ kind: 'text', text: item.text.slice(last) });
  return segments;
}

/** The cloze text with every gap shown as `blank` (a function of the gap's number). */
export function clozeWithBlanks(item: Pick<ClozeItem, 'text' | 'gaps'>, blank: (n: number) => string): string {
  return clozeSegments(item)
    .map((s) => (s.kind === 'text' ? s.text : blank(s.number)))
    .join('');
}
