import type { NarrativeRule } from '../catalog/narrative-rules.js';
import type { Finding, Severity } from '../findings.js';
import type { SourceLocation } from '../model.js';

/** Builds a finding; keeps `hint` and `loc` off the object when absent so findings serialise cleanly. */
export function finding(
  rule: NarrativeRule,
  severity: Severity,
  message: string,
  hint: string | undefined,
  loc: SourceLocation | undefined,
): Finding {
  const out: Finding = { rule, severity, message };
  if (hint !== undefined) out.hint = hint;
  if (loc !== undefined) out.loc = loc;
  return out;
}

/** An error finding. */
export function error(
  rule: NarrativeRule,
  message: string,
  hint: string | undefined,
  loc: SourceLocation | undefined,
): Finding {
  return finding(rule, 'error', message, hint, loc);
}

/** A warning finding. */
export function warning(
  rule: NarrativeRule,
  message: string,
  hint: string | undefined,
  loc: SourceLocation | undefined,
): Finding {
  return finding(rule, 'warning', message, hint, loc);
}
