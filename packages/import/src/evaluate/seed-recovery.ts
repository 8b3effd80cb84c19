import { type Narrative, toSimplified } from '@lectern/narrative';
import type { DraftNarrative } from '../draft/draft-model.js';

const norm = (s: string) => toSimplified(s).toLowerCase().replace(/\s/g, '');
const same = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)));

/**
 * How many of a hand-modelled narrative's facts an import of its source recovers: a fact counts when a drafted
 * fact has the same value and scale and a subject whose name or aliases match the hand subject's.
 */
export function seedRecovery(
  hand: Narrative,
  draft: DraftNarrative,
): { recovered: number; total: number; missing: string[] } {
  const handNames = new Map(hand.entities.map((e) => [e.id, [e.name, ...e.aliases].map(norm)]));
  const draftNames = new Map(draft.entities.map((e) => [e.key, [e.name, ...e.aliases].map(norm)]));
  const drafted = draft.sections.flatMap((s) => s.facts);
  const facts = hand.sections.flatMap((s) => s.facts);
  const missing: string[] = [];
  let recovered = 0;
  for (const f of facts) {
    const names = handNames.get(f.subject) ?? [norm(f.subject)];
    const hit = drafted.some(
      (d) =>
        Math.abs(d.value - f.value) < 1e-9 &&
        (d.scale ?? '') === (f.scale ?? '') &&
        (draftNames.get(d.subject) ?? []).some((n) => names.some((m) => same(n, m))),
    );
    if (hit) recovered++;
    else missing.push(`${f.id}: ${f.value}${f.scale ?? ''}${f.unit} (${f.subject})`);
  }
  return { recovered, total: facts.length, missing };
}
