import type { Fact } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, MatchingItem } from '../model/item.js';
import { formatFactValue } from '@lectern/narrative';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'matching';
const MAX_PAIRS = 6;

/** What the text says about the subject: its statement with the subject's name blanked (`____计算实例比…提升了40%`). */
function claimOf(context: GeneratorContext, fact: Fact): string | undefined {
  const name = context.entityName(fact.subject);
  if (!fact.statement.includes(name)) return undefined;
  return fact.statement
    .split(name)
    .join(context.strings.blank)
    .replace(/[。.]$/, '')
    .trim();
}

function kindLabel(context: GeneratorContext, facts: readonly Fact[]): string {
  const kinds = new Set(facts.map((f) => context.entityKind(f.subject)));
  const kind = kinds.size === 1 ? ([...kinds][0] as string) : 'other';
  return context.strings.subjectKinds[kind] ?? (context.strings.subjectKinds.other as string);
}

/**
 * A group of ≥ 3 comparable facts about different subjects → a matching item: subject ↔ figure when they share a
 * metric and period (company ↔ growth rate), subject ↔ claim otherwise (chip ↔ claim).
 */
export const matching: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const groups = new Map<string, Fact[]>();
    for (const fact of context.facts) {
      if (fact.group === undefined) continue;
      const members = groups.get(fact.group) ?? [];
      if (!members.some((m) => m.subject === fact.subject)) members.push(fact);
      groups.set(fact.group, members);
    }
    const items: Item[] = [];
    for (const [group, all] of groups) {
      const facts = all.slice(0, MAX_PAIRS);
      if (facts.length < 3) continue;
      const first = facts[0] as Fact;
      const metric = context.strings.metricLabels[first.metric];
      const uniform = facts.every((f) => f.metric === first.metric && f.period === first.period);
      const byValue = uniform && metric !== undefined;
      const rights = facts.map((f) => (byValue ? formatFactValue(f, context.language) : claimOf(context, f)));
      if (rights.some((r) => r === undefined) || new Set(rights).size !== rights.length) continue;
      const { strings } = context;
      const pairs = facts.map((f, i) => ({
        id: `p${i + 1}`,
        left: context.entityName(f.subject),
        right: rights[i] as string,
      }));
      const kind = kindLabel(context, facts);
      const period = context.period(first.period);
      const stem = byValue
        ? context.phrase(first.period === undefined ? strings.matchingMetricNoPeriod : strings.matchingMetric, group, {
            kind,
            metric: metric as string,
            period,
          })
        : context.phrase(strings.matchingClaims, group, { kind });
      const item: MatchingItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: group,
          stem,
          rationale: fillTemplate(strings.rationaleMatching, {
            pairs: pairs.map((p) => `${p.left} — ${p.right}`).join(strings.listSeparator),
          }),
          source: context.sourceFor(
            facts.map((f) => f.paragraph),
            facts.map((f) => f.id),
          ),
          difficulty: byValue ? 'medium' : 'hard',
          level: 'understand',
        }),
        type: 'matching',
        pairs,
      };
      items.push(item);
    }
    return items;
  },
};
