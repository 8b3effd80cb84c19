import { type Finding, loadNarrativeFolder, type Narrative, type ParseCache } from '@lectern/narrative';

export interface LoadedNarrative {
  dir: string;
  /** Present only when the content has no errors. */
  narrative?: Narrative;
  /** The id from the folder name until the narrative is read. */
  id: string;
  findings: Finding[];
  /** The file text the narrative was parsed from (watch mode fingerprints it). */
  files: Record<string, string>;
}

/** Loads one narrative folder; findings are tagged with the narrative they belong to. */
export async function loadOne(dir: string, cache?: ParseCache): Promise<LoadedNarrative> {
  const { narrative, findings, files } = await loadNarrativeFolder(dir, cache ? { cache } : {});
  const id = narrative?.id ?? dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
  return {
    dir,
    id,
    files,
    findings: findings.map((f) => ({ ...f, narrative: id })),
    ...(narrative ? { narrative } : {}),
  };
}

export async function loadAll(dirs: readonly string[]): Promise<LoadedNarrative[]> {
  const loaded: LoadedNarrative[] = [];
  for (const dir of dirs) loaded.push(await loadOne(dir));
  return loaded;
}
