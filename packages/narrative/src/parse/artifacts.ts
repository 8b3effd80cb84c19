import type { Finding } from '../findings.js';
import { error } from './finding.js';
import type { RawParagraph } from './paragraphs.js';

const ARTIFACT = /(?<!\\)[*＊]/g;

/**
 * The source text passed through a filter that replaced words with `*`. Any `*` or `＊` left in prose
 * (unless escaped as `\*`) is such an artifact; each is reported at its exact line and column.
 */
export function findArtifacts(paragraphs: readonly RawParagraph[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    for (const { line, text } of paragraph.lines) {
      for (const match of text.matchAll(ARTIFACT)) {
        const column = match.index + 1;
        const around = text.slice(Math.max(0, match.index - 6), match.index + 7).trim();
        findings.push(
          error(
            'content/unrestored-artifact',
            `An unrestored \`${match[0]}\` from the source's word filter is left in the prose: “${around}”.`,
            'restore the word the sentence needs and record it in narrative.yaml under `editorialChanges` with `kind: restored`, `original` (the source words with `*`) and `replacement`; write `\\*` for a literal asterisk',
            { file, line, column, endLine: line, endColumn: column + 1 },
          ),
        );
      }
    }
  }
  return findings;
}
