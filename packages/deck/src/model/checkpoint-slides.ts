import type { Narrative } from '@lectern/narrative';
import type { CheckpointQuestion } from './deck-model.js';
import { type SlideDraft, draft } from './draft.js';
import { deckLabels } from './labels.js';

/** A question slide, then its answer slide, for each checkpoint of the section (in the given order). */
export function checkpointSlides(
  narrative: Narrative,
  sectionId: string,
  checkpoints: readonly CheckpointQuestion[],
): SlideDraft[] {
  const labels = deckLabels(narrative.language);
  return (bySection(checkpoints).get(sectionId) ?? []).flatMap((c) => {
    const extra = { sectionId, paragraphIds: [...c.paragraphIds] };
    const question = draft(
      'checkpoint-question',
      labels.checkpoint,
      { itemId: c.itemId, stem: c.stem, choices: [...(c.choices ?? [])] },
      { ...extra, notes: `${labels.answer}: ${c.answer}\n\n${labels.rationale}: ${c.rationale}` },
    );
    const answer = draft(
      'checkpoint-answer',
      `${labels.checkpoint}${labels.join}${labels.answer}`,
      { itemId: c.itemId, stem: c.stem, answer: c.answer, rationale: c.rationale },
      { ...extra, notes: c.rationale },
    );
    return [question, answer];
  });
}

// Note: called once per section with the same list; grouping it once keeps a deck linear in its sections.
const groups = new WeakMap<readonly CheckpointQuestion[], Map<string, CheckpointQuestion[]>>();

/** The checkpoints grouped by section, in their given order. */
function bySection(checkpoints: readonly CheckpointQuestion[]): Map<string, CheckpointQuestion[]> {
  let map = groups.get(checkpoints);
  if (!map) {
    map = new Map();
    for (const c of checkpoints) {
      const list = map.get(c.sectionId);
      if (list) list.push(c);
      else map.set(c.sectionId, [c]);
    }
    groups.set(checkpoints, map);
  }
  return map;
}
