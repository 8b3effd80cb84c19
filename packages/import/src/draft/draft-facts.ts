import { findMetric } from '../facts/find-metric.js';
import { findSubject } from '../facts/find-subject.js';
import { findPeriods, relativePeriod, shiftPeriod } from '../facts/period.js';
import { statementFor } from '../facts/statement.js';
import type { EntityDraft } from '../nlp/entity-registry.js';
import type { DraftFact } from './draft-model.js';
import { placeOf, type ReadParagraph } from './paragraph-context.js';
import { periodAt } from './paragraph-period.js';
import type { ReviewMark } from './review.js';

/** What carries from one sentence to the next within a section. */
export interface Carry {
  period?: string;
  subject?: string;
  /** The year of the source's date: completes a bare `三季度` when the text has named no year yet. */
  year?: string;
}

/**
 * Drafts a fact for every figure of a paragraph: subject, metric and period from the clause, or carried from
 * the sentences before (with a review mark), evidence = the clause, statement = a clean sentence.
 * `fallbackSubject` is the article's main entity, used (and marked) when nothing nearer names one.
 */
export function draftFacts(
  p: ReadParagraph,
  carry: Carry,
  entities: Map<string, EntityDraft>,
  fallbackSubject: string,
  chinese: boolean,
): DraftFact[] {
  const facts: DraftFact[] = [];
  const valid = p.mentions.filter((m) => entities.has(m.key));
  let sentenceIndex = -1;
  for (const figure of p.numbers.figures) {
    const { sentence, clause } = placeOf(p, figure.numberAt);
    const si = p.sentences.indexOf(sentence);
    if (si !== sentenceIndex) {
      for (const s of p.sentences.slice(Math.max(0, sentenceIndex), Math.max(0, si))) carryFrom(s, p, carry);
      sentenceIndex = si;
    }
    const review: ReviewMark[] = [];
    const carriedYear = carry.period?.match(/^(\d{4})/)?.[1] ?? carry.year;
    const own = periodAt(p, figure.numberAt, carriedYear);
    let period = own?.period;
    if (own && !own.comparison) {
      carry.period = own.period;
      if (/^\d{4}/.test(own.period)) carry.year = own.period.slice(0, 4);
    } else if (!own && carry.period) {
      const end = figure.start + figure.evidence.length;
      const relative =
        relativePeriod(p.text.slice(clause.start, figure.start), true) ??
        relativePeriod(p.text.slice(end, clause.start + clause.text.length), false);
      period =
        relative === 'full-year'
          ? carry.period.replace(/-[QH]\d$/, '')
          : relative
            ? (shiftPeriod(carry.period, relative) ?? carry.period)
            : carry.period;
      review.push({ kind: 'period-carried', period });
    }
    const clauseSpan = { start: clause.start, end: clause.start + clause.text.length };
    const figuresInClause = p.numbers.figures
      .map((f) => f.numberAt)
      .filter((at) => at >= clauseSpan.start && at < clauseSpan.end);
    const subjectGuess = findSubject(
      valid,
      figure.numberAt,
      clauseSpan,
      { start: sentence.start, end: sentence.start + sentence.text.length },
      carry.subject,
      p.text,
      figuresInClause,
    );
    let subject = subjectGuess?.key;
    if (!subject) {
      subject = fallbackSubject;
      review.push({ kind: 'subject-missing' });
    } else if (!subjectGuess!.sure)
      review.push({ kind: 'subject-guessed', name: entities.get(subject)?.name ?? subject });
    else carry.subject = subject;
    const sentenceBefore = p.text.slice(sentence.start, clause.start);
    const metric = findMetric(clause.text, figure.numberAt - clause.start, figure, sentenceBefore);
    if (!metric.sure) review.push({ kind: 'metric-guessed', metric: metric.metric });
    if (figure.doubt === 'unit') review.push({ kind: 'unit-unsure' });
    else if (figure.doubt === 'fraction')
      review.push({ kind: 'fraction', written: figure.evidence, value: figure.value });
    const evidence = clause.text.replace(/[。！？.!?；;]+$/u, '').trim() || figure.evidence;
    const fact: DraftFact = {
      id: '',
      statement: statementFor(sentence.text, clause.text, entities.get(subject)?.name, chinese),
      value: figure.value,
      unit: figure.unit,
      kind: figure.kind,
      qualifier: figure.qualifier,
      subject,
      metric: metric.metric,
      paragraph: p.id,
      evidence: evidence.includes(figure.evidence) ? evidence : figure.evidence,
      review,
    };
    if (figure.scale) fact.scale = figure.scale;
    if (period) fact.period = period;
    facts.push(fact);
  }
  for (const s of p.sentences.slice(Math.max(0, sentenceIndex + 1))) carryFrom(s, p, carry);
  return facts;
}

/** A sentence without figures sets the period in force (`In 2023, every service raised prices.`); sentences with figures set it through their facts. */
function carryFrom(s: { text: string; start: number }, p: ReadParagraph, carry: Carry): void {
  if (p.numbers.figures.some((f) => f.numberAt >= s.start && f.numberAt < s.start + s.text.length)) return;
  const last = findPeriods(s.text).pop();
  if (last) carry.period = last.period;
}
