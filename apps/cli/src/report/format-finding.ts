import path from 'node:path';
import type { Finding } from '@lectern/narrative';
import type { Colors } from './colors.js';
import { terminalSafe } from './terminal-safe.js';

export interface FindingPlace {
  /** Folder the finding's `loc.file` is relative to (the narrative folder). */
  dir?: string;
  /** Folder paths are shown relative to. */
  cwd: string;
}

/** `file:line:col`, relative to the working folder; the narrative folder alone when the finding has no place. */
export function findingPosition(finding: Finding, place: FindingPlace): string {
  const base = place.dir ?? place.cwd;
  if (!finding.loc) return displayPath(base, place.cwd) || '.';
  const file = displayPath(path.resolve(base, finding.loc.file), place.cwd);
  return `${file}:${finding.loc.line}:${finding.loc.column}`;
}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** One finding as `file:line:col  severity  message  rule`, then its hint indented below. */
export function formatFinding(finding: Finding, place: FindingPlace, c: Colors): string {
  const severity =
    finding.severity === 'error'
      ? c.red('error  ')
      : finding.severity === 'warning'
        ? c.yellow('warning')
        : c.blue('info   ');
  const head = `${c.bold(findingPosition(finding, place))}  ${severity}  ${terminalSafe(finding.message)}  ${c.dim(terminalSafe(finding.rule))}`;
  return finding.hint ? `${head}\n    ${c.dim('hint:')} ${terminalSafe(finding.hint)}\n` : `${head}\n`;
}
