import type { ItemStatistics } from '../stats/item-statistics.js';
import type { TestStatistics } from '../stats/reliability.js';
import { type AnalysisFlag, FLAG_RULES, type FlagRuleId, type FlagThresholds } from './flag-rules.js';

const f2 = (x: number) => x.toFixed(2);

const flag = (rule: FlagRuleId, message: string, itemId?: string): AnalysisFlag => ({
  rule,
  severity: FLAG_RULES[rule].severity,
  ...(itemId === undefined ? {} : { itemId }),
  message,
  hint: FLAG_RULES[rule].hint,
});

/** Flags for every item and for the test, in item order. */
export function flagItems(items: ItemStatistics[], test: TestStatistics, t: FlagThresholds): AnalysisFlag[] {
  const flags: AnalysisFlag[] = [];
  if (test.learners < t.fewLearners)
    flags.push(flag('analysis/few-learners', `only ${test.learners} learners (fewer than ${t.fewLearners})`));
  for (const s of items) {
    if (s.n === 0) continue;
    if (s.p > t.tooEasy) flags.push(flag('analysis/too-easy', `p = ${f2(s.p)} (above ${t.tooEasy})`, s.id));
    if (s.p < t.tooHard) flags.push(flag('analysis/too-hard', `p = ${f2(s.p)} (below ${t.tooHard})`, s.id));
    if (s.rpb < 0) flags.push(flag('analysis/negative-discrimination', `r = ${f2(s.rpb)}, D = ${f2(s.d)}`, s.id));
    else if (s.rpb < t.lowDiscrimination)
      flags.push(flag('analysis/low-discrimination', `r = ${f2(s.rpb)} (below ${t.lowDiscrimination})`, s.id));
    for (const o of s.options) {
      if (o.correct) continue;
      if (!o.functional)
        flags.push(
          flag('analysis/non-functioning-distractor', `“${o.text}” chosen by ${(o.rate * 100).toFixed(1)} %`, s.id),
        );
      if (o.upper > o.lower && o.upper > 0)
        flags.push(
          flag(
            'analysis/distractor-attracts-upper',
            `“${o.text}”: upper group ${(o.upper * 100).toFixed(0)} %, lower ${(o.lower * 100).toFixed(0)} %`,
            s.id,
          ),
        );
    }
  }
  return flags;
}
