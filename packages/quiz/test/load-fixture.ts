import { fileURLToPath } from 'node:url';
import { loadNarrative, type Narrative } from '@lectern/narrative';

/** The English fixture narrative and the default (Chinese) narrative's folders. */
export const ENGLISH_FIXTURE = fileURLToPath(new URL('./fixtures/english-narrative', import.meta.url));
export const DEFAULT_NARRATIVE = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));

/** Loads a narrative folder; a fixture that does not load fails the test with its first findings. */
export async function loadFixture(folder: string): Promise<Narrative> {
  const { narrative, findings } = await loadNarrative(folder);
  if (!narrative) throw new Error(JSON.stringify(findings.slice(0, 3)));
  return narrative;
}
