import { LecternError, type Narrative } from '@lectern/narrative';

/** The cuts to build: the requested ones (checked against the narrative), else `full` plus every cut. */
export function cutsFor(narrative: Narrative, requested?: readonly string[]): string[] {
  const known = ['full', ...narrative.cuts.map((c) => c.id)];
  if (!requested) return known;
  for (const cut of requested) {
    if (!known.includes(cut)) {
      throw new LecternError('course/unknown-cut', `narrative ${narrative.id} has no cut "${cut}"`, {
        hint: `its cuts are: ${known.join(', ')}`,
      });
    }
  }
  return [...requested];
}
