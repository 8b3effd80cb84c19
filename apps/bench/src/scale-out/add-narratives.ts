import path from 'node:path';
import { workspaceFiles } from '@lectern/cli';
import { synthesizeNarrative } from '../synth/narrative.js';
import { writeNarrative } from '../synth/write-narrative.js';

export interface AddNarrativesOptions {
  /** How many narratives: `synth-001`, `synth-002`, … */
  count: number;
  /** Sections per narrative. */
  sections: number;
  /** The theme each narrative pins, by index. @default always "lectern" */
  themeOf?: (index: number) => string;
}

/** The id of the `index`-th (0-based) synthetic narrative. */
export function synthId(index: number): string {
  return `synth-${String(index + 1).padStart(3, '0')}`;
}

/**
 * Writes `count` synthetic narratives into `<repo>/content`, each a workspace package with its own turbo
 * task (the files `lectern new` writes), each from its own seed so no two are alike. Returns their ids.
 */
export async function addNarratives(repo: string, options: AddNarrativesOptions): Promise<string[]> {
  const content = path.join(repo, 'content');
  const ids: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const id = synthId(i);
    const synth = synthesizeNarrative({ sections: options.sections, seed: i + 1, id });
    const files = { ...synth.files, ...workspaceFiles(content, id, options.themeOf?.(i) ?? 'lectern') };
    await writeNarrative(path.join(content, id), files);
    ids.push(id);
  }
  return ids;
}
