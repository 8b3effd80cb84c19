import type { Finding } from '../findings.js';
import { finding } from './finding.js';

/** The column (0-based) where a YAML comment starts on `line`, outside quoted scalars; -1 when there is none. */
function commentStart(line: string): number {
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === '"' && ch === '\\') i++;
    else if (quote === "'" && ch === "'" && line[i + 1] === "'") i++;
    else if (quote && ch === quote) quote = undefined;
    else if (!quote && (ch === '"' || ch === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]!))) quote = ch;
    else if (!quote && ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return i;
  }
  return -1;
}

/**
 * `# review: …` comments that `lectern import` leaves on drafted values it is unsure of. Each becomes an `info`
 * finding (`import/review`) at the comment, so `lectern check --review` can list them as the author's to-do.
 * `firstLine` is the file line `yaml` starts on.
 */
export function findReviewMarks(file: string, yaml: string, firstLine = 1): Finding[] {
  const out: Finding[] = [];
  yaml.split('\n').forEach((line, i) => {
    const at = commentStart(line);
    if (at < 0) return;
    const m = /^#\s*review:\s*(.+?)\s*$/u.exec(line.slice(at));
    if (!m) return;
    const loc = { file, line: firstLine + i, column: at + 1 };
    out.push(
      finding(
        'import/review',
        'info',
        m[1]!,
        'check the value on this line against the source, fix it if needed, then delete the `# review:` comment',
        loc,
      ),
    );
  });
  return out;
}
