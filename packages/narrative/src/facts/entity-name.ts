import type { Narrative } from '../model.js';

/** The display name of an entity, or the id itself when the narrative has no such entity. */
export function entityName(narrative: Pick<Narrative, 'entities'>, id: string): string {
  return narrative.entities.find((e) => e.id === id)?.name ?? id;
}
