import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT } from '../parse/limits.js';
import { insidePath, META_FILE, safePath } from '../parse/meta-file.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { tooDeepAt } from '../parse/yaml-depth.js';
import { isMissing, NOT_A_FILE, readBounded } from './read-bounded.js';

/** Marks a path that exists but resolves outside the narrative folder. */
const OUTSIDE = Symbol('outside');

/**
 * Reads a narrative folder into the `files` map `parseNarrative` takes: narrative.yaml, every section file it
 * lists, its source file, and any other `.md` under `sections/` (so unlisted files can be reported).
 * Paths that would leave the folder (`..`, absolute, symlinks pointing outside) are not read. With a `cache` (the
 * one a watcher parses with), the files narrative.yaml lists are worked out again only when its text changed.
 */
export async function readNarrativeFiles(dir: string, cache?: ParseCache): Promise<Record<string, string>> {
  return (await readNarrativeFolder(dir, cache)).files;
}

/** What `readNarrativeFiles` read, plus the paths it refused because they resolve outside the folder. */
export interface NarrativeFolder {
  files: Record<string, string>;
  /** Listed paths that exist but lead outside the folder (symlinks), sorted. */
  outside: string[];
  /** Listed paths that exist but are not regular files (FIFOs, sockets, devices, folders), sorted. */
  notFiles: string[];
}

/**
 * `readNarrativeFiles`, also naming the paths it refused to follow out of the folder. With a `cache`, the list
 * of files narrative.yaml names is worked out again only when its text changed.
 */
export async function readNarrativeFolder(dir: string, cache?: ParseCache): Promise<NarrativeFolder> {
  const files: Record<string, string> = {};
  const outside: string[] = [];
  const notFiles: string[] = [];
  const root = await realpath(dir);
  const read = async (path: string): Promise<string | undefined> => {
    const text = await readInside(root, join(dir, ...path.split('/')));
    if (text === OUTSIDE) outside.push(path);
    else if (text === NOT_A_FILE) notFiles.push(path);
    else if (text !== undefined) files[path] = text;
    return typeof text === 'string' ? text : undefined;
  };
  // Note: narrative.yaml obeys the same rule as the files it lists: a link to a file outside is not read.
  const meta = await read(META_FILE);
  if (meta === undefined) return { files, outside, notFiles };
  const { sections, source } = cache
    ? cache.get(`listed\0${META_FILE}`, meta, () => listedPaths(meta))
    : listedPaths(meta);
  const wanted = [...sections, ...(source ? [source] : []), ...(await markdownUnder(dir, 'sections'))];
  for (const path of [...new Set(wanted)]) await read(path);
  return { files, outside: outside.sort(), notFiles: notFiles.sort() };
}

/** Section paths and source file named in narrative.yaml, read leniently (the parser reports problems). */
function listedPaths(text: string): { sections: string[]; source?: string } {
  if (tooDeepAt(text) >= 0) return { sections: [] };
  try {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    const list = doc.get('sections', true);
    const sections = isSeq(list) ? list.toJSON({ maxAliasCount: MAX_ALIAS_COUNT }) : [];
    const sourceNode = doc.get('source', true);
    const source = isMap(sourceNode) ? sourceNode.get('file') : undefined;
    const out: { sections: string[]; source?: string } = {
      sections: (Array.isArray(sections) ? sections : []).filter(
        (p): p is string => typeof p === 'string' && safePath(p),
      ),
    };
    if (typeof source === 'string' && insidePath(source)) out.source = source;
    return out;
  } catch {
    return { sections: [] };
  }
}

async function readInside(
  root: string,
  path: string,
): Promise<string | undefined | typeof OUTSIDE | typeof NOT_A_FILE> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (cause) {
    if (isMissing(cause)) return undefined;
    throw cause;
  }
  if (real !== root && !real.startsWith(root + sep)) return OUTSIDE;
  return readBounded(real);
}

/** `.md` files under `dir/sub`, as `/`-separated paths relative to `dir`, sorted. */
async function markdownUnder(dir: string, sub: string): Promise<string[]> {
  try {
    const entries = await readdir(join(dir, sub), { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.md$/i.test(e.name))
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch (cause) {
    if (isMissing(cause)) return [];
    throw cause;
  }
}
