import type { Blueprint } from '../assembly/blueprint.js';
import { apportion, sectionCap } from '../assembly/blueprint.js';
import { findGiveaways } from '../assembly/giveaway.js';
import { lintItems } from '../lint/lint-items.js';
import { topStemPrefix } from '../lint/rules/stem-prefix.js';
import type { Item, ItemLevel } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';

/** The rules whose findings count as distractor-quality violations in a report. */
export const DISTRACTOR_RULES = [
  'quiz/digit-permutation',
  'quiz/impossible-value',
  'quiz/magnitude-band',
  'quiz/shared-words',
  'quiz/duplicate-option',
  'quiz/overlapping-options',
  'quiz/mixed-options',
  'quiz/key-longer',
] as const;

const LEVELS: ItemLevel[] = ['remember', 'understand', 'apply', 'analyse'];

/** How a quiz measures up to its blueprint and to the item-writing rules. Plain data: serialise as JSON. */
export interface QuizReport {
  narrativeId: string;
  seed: number;
  items: number;
  /** Items per Bloom level. */
  levels: Record<ItemLevel, number>;
  /** Share of items above `remember`, and the blueprint's floor. */
  aboveRemember: { share: number; target: number; met: boolean };
  /** Items that ask for a bare figure (a number typed or chosen, a figure in a gap). */
  figureRecall: number;
  /** Per section: its share of the text, the items the blueprint gives it, the cap, and what the quiz holds. */
  sections: { id: string; title: string; share: number; target: number; cap: number; items: number; ratio: number }[];
  /** Per objective: its share, its target and the items serving it. */
  objectives: { id: string; share: number; target: number; items: number }[];
  /** Pairs of items of which one shows what answers the other (target 0). */
  cueingPairs: { giver: string; taker: string; reason: string }[];
  /** Findings of the distractor-quality rules (target 0). */
  distractorViolations: { rule: string; message: string }[];
  /** The most frequent stem opening and its share (target ≤ 0.25). */
  stemPrefix: { prefix: string; count: number; share: number };
  /** Items per generator (`authored` for the author's). */
  origins: Record<string, number>;
  /** Whether each target is met. */
  targets: {
    aboveRemember: boolean;
    sectionsWithinCap: boolean;
    everySectionCovered: boolean;
    everyObjectiveCovered: boolean;
    noCueing: boolean;
    noDistractorViolations: boolean;
    stemPrefixAtMostQuarter: boolean;
  };
}

const isFigureRecall = (item: Item): boolean =>
  item.level === 'remember' &&
  (item.type === 'numeric' ||
    item.type === 'cloze' ||
    (item.type === 'single' && item.options.every((o) => /\d/.test(o.text))));

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** The parts of a quiz report that judge the items together: the costly part, which depends on the items only. */
export type QuizChecks = Pick<QuizReport, 'cueingPairs' | 'distractorViolations'>;

/** The cueing pairs and distractor-quality findings of `items` (`repeatFacts` as the blueprint says). */
export function quizChecks(items: readonly Item[], repeatFacts: boolean): QuizChecks {
  const cueingPairs = findGiveaways(items, { repeatFacts }).map((g) => ({
    giver: g.giver.id,
    taker: g.taker.id,
    reason: g.reason,
  }));
  const rules: readonly string[] = DISTRACTOR_RULES;
  const distractorViolations = lintItems(items)
    .filter((f) => rules.includes(f.rule))
    .map((f) => ({ rule: f.rule, message: f.message }));
  return { cueingPairs, distractorViolations };
}

/**
 * Measures a quiz against the blueprint it was drawn with.
 * @param checks `quizChecks` of the quiz's items, when the caller keeps them (watch mode)
 */
export function quizReport(
  quiz: Quiz,
  blueprint: Blueprint,
  titles: ReadonlyMap<string, string> = new Map(),
  checks: QuizChecks = quizChecks(quiz.items, blueprint.repeatFacts),
): QuizReport {
  const n = quiz.items.length;
  const levels = Object.fromEntries(LEVELS.map((l) => [l, quiz.items.filter((i) => i.level === l).length])) as Record<
    ItemLevel,
    number
  >;
  const above = n === 0 ? 0 : (n - levels.remember) / n;
  const sectionTargets = apportion(
    blueprint.sections.map((s) => s.share),
    n,
  );
  const sections = blueprint.sections.map((s, i) => {
    const items = quiz.items.filter((it) => it.source.sectionId === s.id).length;
    const target = s.share * n;
    return {
      id: s.id,
      title: titles.get(s.id) ?? quiz.sections.find((q) => q.id === s.id)?.title ?? s.id,
      share: round(s.share),
      target: sectionTargets[i] ?? 0,
      cap: sectionCap(blueprint, s.share, n),
      items,
      ratio: round(target > 0 ? items / target : 0),
    };
  });
  const objectiveTargets = apportion(
    blueprint.objectives.map((o) => o.share),
    n,
  );
  const objectives = blueprint.objectives.map((o, i) => ({
    id: o.id,
    share: round(o.share),
    target: objectiveTargets[i] ?? 0,
    items: quiz.items.filter((it) => it.objective === o.id).length,
  }));
  const { cueingPairs, distractorViolations } = checks;
  const top = topStemPrefix(quiz.items);
  const origins: Record<string, number> = {};
  for (const item of quiz.items) {
    const key = item.origin === 'authored' ? 'authored' : (item.generator ?? 'generated');
    origins[key] = (origins[key] ?? 0) + 1;
  }
  const stemShare = n === 0 ? 0 : top.count / n;
  return {
    narrativeId: quiz.narrativeId,
    seed: quiz.seed,
    items: n,
    levels,
    aboveRemember: {
      share: round(above),
      target: blueprint.minAboveRemember,
      met: above + 1e-9 >= blueprint.minAboveRemember,
    },
    figureRecall: quiz.items.filter(isFigureRecall).length,
    sections,
    objectives,
    cueingPairs,
    distractorViolations,
    stemPrefix: { prefix: top.prefix, count: top.count, share: round(stemShare) },
    origins: Object.fromEntries(Object.entries(origins).sort((a, b) => a[0].localeCompare(b[0]))),
    targets: {
      aboveRemember: above + 1e-9 >= blueprint.minAboveRemember,
      sectionsWithinCap: sections.every((s) => s.items <= s.cap),
      everySectionCovered: sections.every((s) => s.share === 0 || s.items > 0),
      everyObjectiveCovered: objectives.every((o) => o.items > 0),
      noCueing: cueingPairs.length === 0,
      noDistractorViolations: distractorViolations.length === 0,
      stemPrefixAtMostQuarter: stemShare <= 0.25,
    },
  };
}
