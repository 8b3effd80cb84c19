import { type Narrative, parseNarrative, readNarrativeFiles } from '@lectern/narrative';
import { defaultNarrativeDir } from '@lectern/content';
import { expect } from 'vitest';

/** The default narrative's folder (content/amazon-aws-2023). */
export const dir = defaultNarrativeDir;

/** The default narrative after `edit` changes its files (by path relative to the folder); it must stay valid. */
export async function narrativeWith(
  edit: (files: Record<string, string>) => Record<string, string> = (f) => f,
): Promise<Narrative> {
  const { narrative, findings } = parseNarrative(edit(await readNarrativeFiles(dir)), { dir });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return narrative!;
}
