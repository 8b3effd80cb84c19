import { defineRules, NARRATIVE_RULES, type RuleEntry } from '@lectern/narrative';
import { BROWSER_RULES } from '@lectern/browser';
import { DECK_RULES } from '@lectern/deck/model';
import { QUIZ_RULES } from '@lectern/quiz/model';

/** Every error code the course package reports. */
export const COURSE_RULES = defineRules([
  {
    rule: 'course/unknown-cut',
    severity: 'failure',
    title: 'A requested cut the narrative does not define',
    message: 'narrative {id} has no cut "{cut}"',
    hint: 'Name `full` or a cut id from narrative.yaml in --cut or the config `cuts`.',
  },
]);

/** The rule catalogs of the packages below the apps, in floor order: what `lectern explain` looks up. */
export const PACKAGE_RULES: readonly RuleEntry[] = [
  ...NARRATIVE_RULES,
  ...BROWSER_RULES,
  ...DECK_RULES,
  ...QUIZ_RULES,
  ...COURSE_RULES,
];
