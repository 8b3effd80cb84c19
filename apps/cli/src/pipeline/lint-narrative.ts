import { buildDeckModel, lintDeck } from '@lectern/deck';
import type { Finding, Narrative } from '@lectern/narrative';
import { buildItemBank, lintItems, toCheckpoints } from '@lectern/quiz';
import { cutsFor } from './narrative-builder.js';
import { assembleFromSettings } from './quiz-outputs.js';

/**
 * The deck and quiz linters over a valid narrative: every cut's deck, the item bank's per-item findings,
 * and the whole-quiz rules (key balance, giveaways) on the quiz `build` would write by default. Nothing is
 * rendered.
 */
export function lintNarrative(narrative: Narrative, seed = 1): Finding[] {
  const bank = buildItemBank(narrative);
  const quiz = assembleFromSettings(bank, {}, seed);
  const findings = unique([...bank.findings, ...lintItems(quiz.items, { scope: 'quiz' })]);
  const checkpoints = toCheckpoints(bank.items);
  for (const cut of cutsFor(narrative)) {
    const deck = buildDeckModel(narrative, { cut, checkpoints });
    for (const f of lintDeck(deck, narrative)) findings.push(cut === 'full' ? f : { ...f, message: `[${cut}] ${f.message}` });
  }
  return findings.map((f) => ({ ...f, narrative: narrative.id }));
}

/** The bank and the quiz see the same items, so per-item findings would come twice. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.message, f.loc]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
