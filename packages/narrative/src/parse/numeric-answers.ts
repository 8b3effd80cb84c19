import { scaleMultiplier } from '../facts/magnitude.js';
import type { Finding } from '../findings.js';
import { error } from './finding.js';
import type { ParsedSection } from './section-file.js';

/** Whether `answer` equals `target` within `tolerance` (and a relative hair for floating-point noise). */
function near(answer: number, target: number, tolerance: number): boolean {
  return Math.abs(answer - target) <= tolerance + Math.abs(target) * 1e-9;
}

/**
 * A numeric item that tests exactly one fact must have that fact's figure as its answer: its value, the value
 * with its scale applied (909 亿 → 90,900,000,000), or a percentage written as a fraction and back. An answer
 * computed from several facts (27% − 16% = 11 points) names them all in `tests.facts` and is not checked here.
 */
export function checkNumericAnswers(sections: readonly ParsedSection[]): Finding[] {
  const facts = new Map(sections.flatMap((s) => (s.data?.facts ?? []).map((f) => [f.id, f] as const)));
  const findings: Finding[] = [];
  for (const section of sections) {
    for (const [i, item] of (section.data?.items ?? []).entries()) {
      if (item.type !== 'numeric' || item.tests.facts.length !== 1) continue;
      const fact = facts.get(item.tests.facts[0]!);
      if (!fact) continue;
      const value = fact.value;
      const targets = [value, value * scaleMultiplier(fact.scale), value / 100, value * 100];
      if (targets.some((t) => near(item.answer, t, item.tolerance))) continue;
      const shown = `${value}${fact.scale ?? ''}${fact.unit ? ` ${fact.unit}` : ''}`;
      findings.push(
        error(
          'content/answer-mismatch',
          `Item \`${item.id}\` answers ${item.answer}, but the one fact it tests, \`${fact.id}\`, says ${shown}.`,
          `make the answer ${value} (with \`tolerance\` for rounding); if the answer is computed from several facts, list them all in \`tests.facts\``,
          section.locator?.value(['items', i, 'answer']) ?? section.loc,
        ),
      );
    }
  }
  return findings;
}
