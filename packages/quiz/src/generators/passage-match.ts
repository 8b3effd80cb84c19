import type { Fact, Section } from '@lectern/narrative';
import { locateValue } from '../util/fact-text.js';
import { overlap } from '../util/sentences.js';
import type { GeneratorContext } from './context.js';

/** The paragraphs of a section a condensed statement (a key point, the summary) draws on: the best matches by shared words. */
export function paragraphsFor(section: Section, statement: string, max = 2): string[] {
  const scored = section.paragraphs
    .map((p) => ({ id: p.id, index: p.index, score: overlap(statement, p.text) }))
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max);
  const ids = scored.length > 0 ? scored.map((p) => p.id) : section.paragraphs.slice(0, 1).map((p) => p.id);
  return ids;
}

/** The section's facts whose figure a statement writes: what a true/false on it also tests. */
export function factsStated(context: GeneratorContext, section: Section, statement: string): Fact[] {
  return section.facts.filter((f) => locateValue(statement, f, context.language) !== undefined);
}

const subjectIndex = new WeakMap<readonly Fact[], Map<string, Fact[]>>();

/** The facts by subject, indexed once per fact list (a lookup per call instead of a scan of every fact). */
function factsBySubject(facts: readonly Fact[]): Map<string, Fact[]> {
  let index = subjectIndex.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts) {
      const list = index.get(f.subject);
      if (list) list.push(f);
      else index.set(f.subject, [f]);
    }
    subjectIndex.set(facts, index);
  }
  return index;
}

/**
 * Another entity of the same kind and role, named in the same section but not in `text`, to swap in for a name
 * `text` holds: same role means the text gives a figure of one metric for both (Azure for 谷歌云: both have a growth
 * rate), so world knowledge cannot reject the swap on sight.
 */
export function rivalEntity(
  context: GeneratorContext,
  section: Section,
  text: string,
): { from: string; to: string } | undefined {
  const inSection = new Set<string>();
  for (const f of section.facts) inSection.add(f.subject);
  for (const e of section.events) if (e.subject !== undefined) inSection.add(e.subject);
  const named = [...inSection].filter((id) => text.includes(context.entityName(id)));
  for (const id of named) {
    const name = context.entityName(id);
    if (text.split(name).length !== 2) continue;
    const bySubject = factsBySubject(context.facts);
    const metrics = new Set((bySubject.get(id) ?? []).map((f) => f.metric));
    const rival = [...inSection].find(
      (other) =>
        other !== id &&
        (bySubject.get(other) ?? []).some((f) => metrics.has(f.metric)) &&
        context.entityKind(other) === context.entityKind(id) &&
        !text.includes(context.entityName(other)) &&
        !context.entityName(other).includes(name) &&
        !name.includes(context.entityName(other)),
    );
    if (rival !== undefined) return { from: name, to: context.entityName(rival) };
  }
  return undefined;
}
