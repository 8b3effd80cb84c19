import type { DraftFact } from './draft-model.js';

const periodLabel = (p: string) => p;

/**
 * Comparable facts get a group so they chart together: the same metric and period across subjects (labels:
 * subject names), else the same subject and metric across periods (labels: the periods). Only facts of one
 * kind, unit and scale join a group.
 */
export function groupFacts(facts: DraftFact[], nameOf: (key: string) => string, idOf: (key: string) => string): void {
  const bucket = (key: (f: DraftFact) => string | undefined) => {
    const map = new Map<string, DraftFact[]>();
    for (const f of facts) {
      if (f.group) continue;
      const k = key(f);
      if (k === undefined) continue;
      map.set(k, [...(map.get(k) ?? []), f]);
    }
    return [...map.values()];
  };
  const unitOf = (f: DraftFact) => `${f.kind}|${f.unit}|${f.scale ?? ''}`;
  for (const members of bucket((f) => (f.period ? `${f.metric}|${f.period}|${unitOf(f)}` : undefined))) {
    const subjects = new Set(members.map((f) => f.subject));
    if (subjects.size < 2 || subjects.size !== members.length) continue;
    const group = `${members[0]!.metric}-${members[0]!.period}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    for (const f of members) Object.assign(f, { group, label: nameOf(f.subject) });
  }
  for (const members of bucket((f) => (f.period ? `${f.subject}|${f.metric}|${unitOf(f)}` : undefined))) {
    const periods = new Set(members.map((f) => f.period));
    if (periods.size < 2 || periods.size !== members.length) continue;
    const group = `${idOf(members[0]!.subject)}-${members[0]!.metric}`;
    for (const f of members) Object.assign(f, { group, label: periodLabel(f.period!) });
  }
}
