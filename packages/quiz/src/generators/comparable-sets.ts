import type { Fact } from '@lectern/narrative';
import type { GeneratorContext } from './context.js';

/** Facts about different subjects that measure one metric, in one period and unit: a set whose figures compare. */
export interface ComparableSet {
  key: string;
  facts: Fact[];
}

const isPoint = (f: Fact): boolean => f.qualifier === 'exact' || f.qualifier === 'approx';

/**
 * The narrative's comparable sets with at least `min` members: exact or approximate figures only (a bound such as
 * 超过50亿 does not rank), one fact per subject (the first), members with distinct values.
 */
export function comparableSets(context: GeneratorContext, min: number): ComparableSet[] {
  const sets = new Map<string, Fact[]>();
  for (const fact of context.facts) {
    if (!isPoint(fact) || fact.kind === 'year') continue;
    const key = [fact.metric, fact.period ?? '', fact.unit, fact.scale ?? ''].join('\u0000');
    const members = sets.get(key) ?? [];
    if (!members.some((m) => m.subject === fact.subject)) members.push(fact);
    sets.set(key, members);
  }
  const out: ComparableSet[] = [];
  for (const [key, facts] of sets) {
    if (facts.length < min) continue;
    if (new Set(facts.map((f) => f.value)).size !== facts.length) continue;
    if (context.strings.metricLabels[(facts[0] as Fact).metric] === undefined) continue;
    out.push({
      key: `${(facts[0] as Fact).metric}-${(facts[0] as Fact).period ?? 'all'}`.replace(/[^a-z0-9-]/gi, '-'),
      facts,
    });
  }
  return out;
}

/** The plural noun for the set's subjects: their shared entity kind, or a neutral word. */
export function kindOf(context: GeneratorContext, facts: readonly Fact[]): string {
  const kinds = new Set(facts.map((f) => context.entityKind(f.subject)));
  const kind = kinds.size === 1 ? ([...kinds][0] as string) : 'other';
  return context.strings.subjectKinds[kind] ?? (context.strings.subjectKinds.other as string);
}
