import type { Finding, Narrative } from '@lectern/narrative';
import { fromAuthored } from '../authored/from-authored.js';
import { createContext } from '../generators/context.js';
import type { GeneratorMemo } from './generator-memo.js';
import { generators } from '../generators/registry.js';
import { itemProblems } from '../lint/lint-items.js';
import { toFinding } from '../lint/rule.js';
import { type Item, ItemSchema } from '../model/item.js';
import type { QuizSection } from '../model/quiz.js';
import { type Blueprint, blueprintOf } from '../assembly/blueprint.js';

/** Every item the narrative offers: the authored ones, then each generator's, with per-item lint findings. */
export interface ItemBank {
  narrativeId: string;
  title: string;
  language: string;
  /** The narrative's sections in reading order. */
  sections: QuizSection[];
  items: Item[];
  findings: Finding[];
  /** What a quiz from this bank is drawn against (the narrative's `quiz:` settings and section lengths). */
  blueprint: Blueprint;
  /**
   * Other phrasings of a generated item's stem, by item id (the stem itself among them): the same question
   * worded another way, so a quiz can vary how its stems open.
   */
  phrasings: Readonly<Record<string, readonly string[]>>;
}

export interface BankOptions {
  /** Language of the generated items' templates. @default the narrative's language */
  language?: string;
  /** Picks each generated item's phrasing among its template's variants. @default 0 */
  seed?: number;
}

/**
 * Builds the item bank of a narrative. Pure: same narrative → same bank. A `memo` kept between builds (watch
 * mode) re-runs only the generators whose inputs changed; the bank is the same.
 */
export function buildItemBank(narrative: Narrative, options: BankOptions = {}, memo?: GeneratorMemo): ItemBank {
  const language = options.language ?? narrative.language;
  const seed = options.seed ?? 0;
  // Note: with a memo, everything reads the tracked copy, so the memo knows every paragraph the bank read.
  const source = memo?.track(narrative, [language, seed]) ?? narrative;
  const context = createContext(source, language, seed);
  const findings: Finding[] = [];
  const items: Item[] = [];
  const ids = new Set<string>();
  const candidates = [
    ...source.sections.flatMap((s) => s.items.map((a) => fromAuthored(context, a))),
    ...generators.flatMap((g) => (memo ? memo.run(g, context) : g.generate(context))),
  ];
  for (const item of candidates) {
    const valid = memo
      ? memo.isValid(item, (i) => ItemSchema.safeParse(i).success)
      : ItemSchema.safeParse(item).success;
    if (ids.has(item.id) || !valid) {
      const parsed = ItemSchema.safeParse(item);
      findings.push({
        rule: ids.has(item.id) ? 'quiz/duplicate-id' : 'quiz/invalid-item',
        severity: 'error',
        message: ids.has(item.id)
          ? `${item.id}: another item has the same id`
          : `${item.id}: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        ...(item.loc === undefined ? {} : { loc: item.loc }),
      });
      continue;
    }
    ids.add(item.id);
    items.push(item);
  }
  // Generated items that break an item-writing rule are left out of the bank; authored ones stay, with findings.
  // Note: the per-item rules run once; a kept item's findings are its problems (only authored ones have any).
  const problems = itemProblems(items);
  const flawed = new Set(problems.map((p) => p.problem.item));
  const kept = items.filter((i) => i.origin === 'authored' || !flawed.has(i));
  const keptSet = new Set(kept);
  findings.push(...problems.filter((p) => keptSet.has(p.problem.item)).map((p) => toFinding(p.rule, p.problem)));
  const phrasings: Record<string, readonly string[]> = {};
  for (const item of kept) {
    const variants = item.origin === 'generated' ? context.phrasings.get(item.stem) : undefined;
    if (variants !== undefined && variants.length > 1) phrasings[item.id] = variants;
  }
  return {
    narrativeId: narrative.id,
    title: narrative.title,
    language: context.language,
    sections: source.sections.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    items: kept,
    findings,
    blueprint: blueprintOf(source),
    phrasings,
  };
}
