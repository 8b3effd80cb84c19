/** One `error` line the CLI printed for a finding, with the hint below it. */
export interface ErrorLine {
  /** The place as printed (`path/narrative.yaml`), without line and column. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  rule: string;
  hint?: string;
}

const PLACED = /^(.+?):(\d+):(\d+) {2}error {2}(.+) {2}(\S+)$/;
const UNPLACED = /^(\S.*?) {2}error {2}(.+) {2}(\S+)$/;
const HINT = /^ {4}hint: (.+)$/;

/** The finding errors in CLI output (stderr), in order. Colours must be off (NO_COLOR). */
export function parseErrorLines(text: string): ErrorLine[] {
  const lines = text.split('\n');
  const out: ErrorLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const placed = PLACED.exec(line);
    const unplaced = placed ? undefined : UNPLACED.exec(line);
    if (!placed && !unplaced) continue;
    const hint = HINT.exec(lines[i + 1] ?? '')?.[1];
    const entry: ErrorLine = placed
      ? { file: placed[1]!, line: Number(placed[2]), column: Number(placed[3]), message: placed[4]!, rule: placed[5]! }
      : { file: unplaced![1]!, message: unplaced![2]!, rule: unplaced![3]! };
    if (hint !== undefined) entry.hint = hint;
    out.push(entry);
  }
  return out;
}

/**
 * What is wrong with CLI output for bad content, as sentences (empty when it keeps the contract): no stack
 * trace, no raw `Error:` dump, no internal error, every error line with a message and a hint.
 */
export function contractViolations(stdout: string, stderr: string): string[] {
  const all = `${stdout}\n${stderr}`;
  const problems: string[] = [];
  if (/^ {4}at /m.test(all)) problems.push('prints a stack trace ("    at " lines)');
  if (/^\s*(\w*Error|Error)(: |\n)/m.test(all)) problems.push('dumps a raw "Error:"');
  if (/internal error/i.test(all)) problems.push('reports an internal error');
  const errors = parseErrorLines(stderr);
  if (errors.length === 0) problems.push('prints no error line');
  for (const e of errors) {
    if (e.message.trim().length < 10) problems.push(`error ${e.rule} has no real message`);
    if (!e.hint || e.hint.trim().length < 5) problems.push(`error ${e.rule} (${e.message}) has no hint`);
  }
  return problems;
}
