import { type Finding, loadNarrative, type Narrative } from '@lectern/narrative';

export interface LoadedNarrative {
  dir: string;
  /** Present only when the content has no errors. */
  narrative?: Narrative;
  /** The id from the folder name until the narrative is read. */
  id: string;
  findings: Finding[];
}

/** Loads one narrative folder; findings are tagged with the narrative they belong to. */
export async function loadOne(dir: string): Promise<LoadedNarrative> {
  const { narrative, findings } = await loadNarrative(dir);
  const id = narrative?.id ?? dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
  return { dir, id, findings: findings.map((f) => ({ ...f, narrative: id })), ...(narrative ? { narrative } : {}) };
}

export async function loadAll(dirs: readonly string[]): Promise<LoadedNarrative[]> {
  const loaded: LoadedNarrative[] = [];
  for (const dir of dirs) loaded.push(await loadOne(dir));
  return loaded;
}
