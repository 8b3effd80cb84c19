import type { Finding, Narrative } from '@lectern/narrative';
import { buildDeckModel, lintDeck } from './deck-outputs.js';
import { cutsFor } from './narrative-builder.js';
import { buildItemBank, toCheckpoints } from './quiz-outputs.js';

/**
 * The deck and quiz linters over a valid narrative: every cut's deck, and the item bank's per-item
 * findings. Nothing is rendered.
 */
export function lintNarrative(narrative: Narrative): Finding[] {
  const bank = buildItemBank(narrative);
  const findings = [...bank.findings];
  const checkpoints = toCheckpoints(bank);
  for (const cut of cutsFor(narrative)) {
    const deck = buildDeckModel(narrative, { cut, checkpoints });
    for (const f of lintDeck(deck, narrative)) findings.push(cut === 'full' ? f : { ...f, message: `[${cut}] ${f.message}` });
  }
  return findings.map((f) => ({ ...f, narrative: narrative.id }));
}
