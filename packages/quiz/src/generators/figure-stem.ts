import type { Fact } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import { factsLike } from '../util/fact-index.js';
import { displayUnit, locateNumber, locateValue, replaceSpan } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';

/** The fact's statement with its value replaced by a blank, quoted; undefined when the value is not found in it. */
export function blankedStatement(context: GeneratorContext, fact: Fact, numberOnly = false): string | undefined {
  const value = locateValue(fact.statement, fact, context.language);
  if (!value) return undefined;
  const number = numberOnly
    ? locateNumber(fact.statement.slice(value.start, value.end), fact, context.language)
    : undefined;
  const span = number ? { start: value.start + number.start, end: value.start + number.end } : value;
  const text = replaceSpan(fact.statement, span, context.strings.blank);
  return fillTemplate(context.strings.quote, { text });
}

/** Whether the text gives another figure for the same subject, metric and period, which would make a bare question ambiguous. */
function hasRival(context: GeneratorContext, fact: Fact): boolean {
  return factsLike(context.facts, fact, 'claim').some((f) => f.id !== fact.id);
}

/**
 * The question asking for a fact's figure. A direct question (`2022年AWS的营收增速是多少?`) when the metric has a
 * label and the figure is exact and unique; otherwise the statement with the figure blanked. Undefined when neither
 * can be written.
 */
export function figureStem(context: GeneratorContext, fact: Fact, mode: 'choice' | 'entry'): string | undefined {
  const { strings } = context;
  const unit = displayUnit(fact, context.language);
  const unitHint = mode === 'entry' && unit !== '' ? fillTemplate(strings.unitHint, { unit }) : '';
  const metric = strings.metricLabels[fact.metric];
  const key = `${mode}-${fact.id}`;
  if (metric !== undefined && fact.qualifier === 'exact' && !hasRival(context, fact)) {
    const subject = context.entityName(fact.subject);
    const values = {
      subject,
      owner: strings.possessive(subject),
      metric,
      period: context.period(fact.period),
      unitHint,
    };
    const template =
      mode === 'choice'
        ? fact.period === undefined
          ? strings.figureQuestionNoPeriod
          : strings.figureQuestion
        : fact.period === undefined
          ? strings.figureEntryNoPeriod
          : strings.figureEntry;
    return context.phrase(template, key, values);
  }
  const sentence = blankedStatement(context, fact, mode === 'entry');
  if (sentence === undefined) return undefined;
  return context.phrase(mode === 'choice' ? strings.blankChoiceQuestion : strings.blankEntry, key, { sentence });
}
