import type { Fact } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, TrueFalseItem } from '../model/item.js';
import { formatValue, locateValue, replaceSpan } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { numericDistractors } from './numeric-distractors.js';
import { factsLike } from '../util/fact-index.js';

const NAME = 'true-false';

/** The statement with another entity of the same kind named in place of the subject, when that stays false. */
function swapSubject(context: GeneratorContext, fact: Fact): string | undefined {
  const name = context.entityName(fact.subject);
  if (!fact.statement.includes(name)) return undefined;
  const kind = context.entityKind(fact.subject);
  const rivals = factsLike(context.facts, fact, 'group').filter(
    (f) =>
      f.subject !== fact.subject &&
      context.entityKind(f.subject) === kind &&
      !fact.statement.includes(context.entityName(f.subject)),
  );
  for (const rival of rivals) {
    // Note: the swap must stay false: the rival may not have the same figure for this metric and period.
    const same = context.facts.some(
      (f) =>
        f.subject === rival.subject && f.metric === fact.metric && f.period === fact.period && f.value === fact.value,
    );
    if (!same) return fact.statement.split(name).join(context.entityName(rival.subject));
  }
  return undefined;
}

/** The statement with the figure changed to a plausible wrong one. */
function changeNumber(context: GeneratorContext, fact: Fact): string | undefined {
  // Note: changing a bound (超过50亿 → 超过60亿) does not make a clearly false statement.
  if (fact.qualifier !== 'exact' && fact.qualifier !== 'approx') return undefined;
  const span = locateValue(fact.statement, fact, context.language);
  const wrong = numericDistractors(fact, context.facts, 1)[0];
  if (!span || !wrong) return undefined;
  const core = formatValue(fact, fact.value, context.language);
  const found = fact.statement.slice(span.start, span.end);
  // Keep the statement's own wording around the number when it was found without the formatted form.
  const replacement =
    found === core
      ? formatValue(fact, wrong.value, context.language)
      : found.replace(String(fact.value), String(wrong.value));
  return replaceSpan(fact.statement, span, replacement);
}

/**
 * Each fact → a true/false item. Facts alternate between the true statement and a controlled change (a changed
 * number, or every fourth a swapped subject where that stays false); a false item's feedback is the true statement.
 */
export const trueFalse: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    let n = 0;
    for (const fact of context.facts) {
      if (!locateValue(fact.statement, fact, context.language)) continue;
      const wantFalse = n % 2 === 1;
      const changed = wantFalse
        ? ((n % 4 === 3 ? swapSubject(context, fact) : undefined) ?? changeNumber(context, fact))
        : undefined;
      if (wantFalse && changed === undefined) continue;
      n++;
      const statement = changed ?? fact.statement;
      const { strings } = context;
      const feedback =
        changed === undefined
          ? fillTemplate(strings.feedbackTrue, { evidence: fact.evidence })
          : fillTemplate(strings.feedbackFalse, { truth: fact.statement });
      const item: TrueFalseItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: fact.id,
          stem: context.phrase(strings.trueFalse, fact.id, { statement }),
          rationale: fillTemplate(strings.rationaleEvidence, { evidence: fact.evidence }),
          source: context.sourceFor([fact.paragraph], [fact.id]),
          difficulty: changed === undefined ? 'easy' : 'medium',
          level: 'remember',
        }),
        type: 'true-false',
        answer: changed === undefined,
        feedback,
        // The true statement: an item that shows it (as its stem, an option or feedback) answers this one.
        cues: [fact.statement],
      };
      items.push(item);
    }
    return items;
  },
};
