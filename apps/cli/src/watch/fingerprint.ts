import { createHash } from 'node:crypto';
import path from 'node:path';
import { type ParseCache, readNarrativeFiles } from '@lectern/narrative';

/** Hash of each file a build of the narrative reads, by absolute path. */
export type Fingerprint = ReadonlyMap<string, string>;

/**
 * Watch mode takes a fingerprint before each rebuild and compares it a moment after, because a file
 * watcher can drop a save that lands right after the previous one (chokidar throttles a file's change
 * events): a file whose hash differs was saved without an event, and is rebuilt.
 * @param cache the parse cache the narrative is built with: narrative.yaml's list of files is not parsed again
 */
export async function narrativeFingerprint(dir: string, cache?: ParseCache): Promise<Fingerprint> {
  let files: Record<string, string> = {};
  try {
    files = await readNarrativeFiles(dir, cache);
  } catch {
    // An unreadable folder has no files; the rebuild reports why.
  }
  return fingerprintFiles(dir, files);
}

/** The fingerprint of files already read (`readNarrativeFiles`), so a rebuild reads each file once. */
export function fingerprintFiles(dir: string, files: Readonly<Record<string, string>>): Fingerprint {
  const prints = new Map<string, string>();
  for (const [name, text] of Object.entries(files)) {
    prints.set(path.join(dir, ...name.split('/')), createHash('sha256').update(text).digest('hex'));
  }
  return prints;
}

/** Files added, removed or changed between two fingerprints, sorted. */
export function changedFiles(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
