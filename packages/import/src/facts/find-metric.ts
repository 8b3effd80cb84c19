import { toSimplified } from '@lectern/narrative';
import type { Figure } from './figure.js';
import { EN_NOT_UNIT } from './figure-words.js';
import { CHANGE_METRICS, METRIC_WORDS } from './metric-lexicon.js';

/** A metric for a figure, and whether it came from a keyword (sure) or from the kind alone (a guess). */
export interface MetricGuess {
  metric: string;
  sure: boolean;
}

interface Hit {
  metric: string;
  at: number;
  end: number;
}

let words: { word: string; metric: string; latin: boolean }[] | undefined;

function hits(text: string): Hit[] {
  words ??= METRIC_WORDS.flatMap(([metric, ...ws]) =>
    ws.map((word) => ({ word: word.toLowerCase(), metric, latin: /^[a-z ]+$/i.test(word) })),
  ).sort((a, b) => b.word.length - a.word.length);
  const lower = toSimplified(text).toLowerCase();
  const out: Hit[] = [];
  for (const { word, metric, latin } of words) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      if (latin && (/[a-z]/.test(lower[at - 1] ?? '') || /[a-z]/.test(lower[at + word.length] ?? ''))) continue;
      // Note: `non-revenue water` is water that earns nothing, not revenue.
      if (latin && /\bnon[- ]$/.test(lower.slice(Math.max(0, at - 4), at))) continue;
      if (out.some((h) => at < h.end && at + word.length > h.at)) continue;
      out.push({ metric, at, end: at + word.length });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const FALLBACK: Record<Figure['kind'], string> = {
  currency: 'amount',
  percent: 'percentage',
  'percentage-points': 'percentage-change',
  count: 'count',
  multiple: 'multiple',
  duration: 'duration',
  year: 'year',
  rate: 'rate',
  other: 'figure',
};

/** Words that never name what a figure measures: the words that are never a unit, and pronouns and auxiliaries. */
const NOT_NAMES = new Set([
  ...EN_NOT_UNIT,
  ...'our these those but has had have it they we will would could should may might can must do did does'.split(' '),
]);

/** The last word of an English count's unit, what it counts (`11,400 leak alerts` → `alerts`), unless the unit is a lexicon word. */
function countedNoun(figure: Figure): string | undefined {
  if (figure.kind !== 'count' || !/^[a-z][a-z -]*[a-z]$/i.test(figure.unit)) return undefined;
  const head = figure.unit
    .toLowerCase()
    .split(/[\s-]+/)
    .pop()!;
  return head.length >= 3 && !NOT_NAMES.has(head) ? head : undefined;
}

/** The English noun phrase that leads a change word (`Non-revenue water fell from 23% to 16%` → `non-revenue-water`). */
function namedBefore(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  const tail: string[] = [];
  for (const w of words.reverse()) {
    if (NOT_NAMES.has(w) || tail.length === 3) break;
    tail.unshift(w);
  }
  // Note: a name (`Amazon Web Services grew 19% to $27.5 billion`) is the subject, not what is measured.
  if (tail.length === 0 || !new RegExp(`\\b${tail.at(-1)}\\b`).test(text)) return undefined;
  return tail.join('-').replace(/'/g, '');
}

/** Text between a change word and its figure that makes the figure the new level (`rose 12% to $8.8 billion`, `降至`, `up from`). */
const TO_LEVEL = /(?:\bto\b|\bfrom\b|至|到|为|為)/u;

/**
 * The metric of a figure from the words of its clause (`clause`, with the figure at `at`): for a count, the unit
 * word (`1,150 jobs`); else the keyword nearest before it, made a change metric (`revenue-growth`,
 * `users-decline`) when a growth or decline word leads straight to the figure, or the base metric when the
 * figure is the level reached (`降至4.3%`, `up from 17.8%`); else a keyword after it; else a placeholder
 * named after its kind (`sure: false`).
 */
export function findMetric(clause: string, at: number, figure: Figure, sentenceBefore = ''): MetricGuess {
  const all = hits(clause);
  const before = all.filter((h) => h.at < at);
  const after = all.filter((h) => h.at >= at);
  const fromUnit = hits(figure.unit).pop();
  if (fromUnit && figure.kind === 'count') return { metric: fromUnit.metric, sure: true };
  const nearest = before[before.length - 1];
  // Note: a keyword right after the number names it better than the unit's last word (`23 million monthly active users`).
  const keywordAfter = after.some((h) => !CHANGE_METRICS.has(h.metric) && h.at - at < 32);
  const counted = keywordAfter ? undefined : countedNoun(figure);
  if (counted && (!nearest || CHANGE_METRICS.has(nearest.metric))) return { metric: counted, sure: true };
  if (nearest) {
    if (CHANGE_METRICS.has(nearest.metric)) {
      const base =
        [...before].reverse().find((h) => !CHANGE_METRICS.has(h.metric)) ??
        hits(sentenceBefore)
          .filter((h) => !CHANGE_METRICS.has(h.metric))
          .pop();
      const toLevel = TO_LEVEL.test(clause.slice(nearest.end, at));
      if (base && toLevel) return { metric: base.metric, sure: true };
      const named = toLevel && !base ? namedBefore(clause.slice(0, nearest.at)) : undefined;
      if (named) return { metric: named, sure: true };
      if (base) return { metric: `${base.metric}-${nearest.metric}`, sure: true };
      const later =
        after.find((h) => !CHANGE_METRICS.has(h.metric)) ??
        (fromUnit && !CHANGE_METRICS.has(fromUnit.metric) ? fromUnit : undefined);
      if (later) return { metric: `${later.metric}-${nearest.metric}`, sure: true };
    }
    return { metric: nearest.metric, sure: true };
  }
  if (fromUnit) return { metric: fromUnit.metric, sure: true };
  const next = after.find((h) => !CHANGE_METRICS.has(h.metric)) ?? after[0];
  if (next) return { metric: next.metric, sure: true };
  const carried = hits(sentenceBefore).pop();
  if (carried) return { metric: carried.metric, sure: false };
  return { metric: FALLBACK[figure.kind], sure: false };
}

/** Offset of the first metric keyword in `text`, or -1. */
export function firstMetricAt(text: string): number {
  return hits(text)[0]?.at ?? -1;
}
