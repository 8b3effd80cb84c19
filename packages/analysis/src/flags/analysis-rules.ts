import { defineRules, type RuleEntry } from '@lectern/narrative';
import { FLAG_RULES, type FlagRuleId } from './flag-rules.js';

const flags: RuleEntry[] = Object.entries(FLAG_RULES).map(([rule, entry]) => ({ rule: rule as FlagRuleId, ...entry }));

/** Every finding and error code the analysis package reports: the item flags, then unreadable results files. */
export const ANALYSIS_RULES: readonly RuleEntry[] = defineRules([
  ...flags,
  {
    rule: 'analysis/bad-input',
    severity: 'failure',
    title: 'A results or analysis file that cannot be read',
    message: '{file}: {what is wrong: not valid JSON or CSV, not a file quiz.html or Moodle wrote, no learners}',
    hint: 'Pass the .json quiz.html downloads or a Moodle Responses report saved as CSV (the error says which).',
  },
]);
