import type { Finding } from '@lectern/narrative';
import type { Colors } from './colors.js';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `✖ 2 errors, 1 warning in 3 narratives` or `✔ no problems in 1 narrative`. */
export function formatSummary(counts: FindingCounts, narratives: number, c: Colors): string {
  const where = `in ${plural(narratives, 'narrative')}`;
  if (counts.errors + counts.warnings + counts.infos === 0) return `${c.green('✔')} no problems ${where}\n`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'note'));
  const mark = counts.errors > 0 ? c.red('✖') : c.yellow('⚠');
  return `${mark} ${parts.join(', ')} ${where}\n`;
}
