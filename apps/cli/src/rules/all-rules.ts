import { ANALYSIS_RULES } from '@lectern/analysis';
import { PACKAGE_RULES } from '@lectern/course';
import type { RuleEntry } from '@lectern/narrative';
import { CLI_RULES } from './cli-rules.js';

/** Every rule and error code Lectern reports: the packages' catalogs, then the command's own. */
export const ALL_RULES: readonly RuleEntry[] = [...PACKAGE_RULES, ...ANALYSIS_RULES, ...CLI_RULES];
