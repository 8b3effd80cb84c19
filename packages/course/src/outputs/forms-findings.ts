import type { Finding } from '@lectern/narrative';
import type { ParallelForms, Quiz } from '@lectern/quiz/model';

const presented = (quiz: Quiz): string =>
  JSON.stringify(quiz.items.map((i) => [i.id, i.stem, 'options' in i ? i.options.map((o) => o.id) : []]));

/** What the bank could not vary between parallel forms: shared items (warning), a repeated form (error). */
export function formsFindings(parallel: ParallelForms): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  parallel.forms.forEach((form, i) => {
    const letter = parallel.letters[i] as string;
    const shared = parallel.shared[i]?.length ?? 0;
    if (shared > 0)
      findings.push({
        rule: 'quiz/forms-share-items',
        severity: 'warning',
        message: `form ${letter} shares ${shared} of ${form.items.length} items with earlier forms: the bank has no other item of the same section, objective, level and difficulty; they are asked in another order`,
      });
    const key = presented(form);
    const other = seen.get(key);
    if (other !== undefined)
      findings.push({
        rule: 'quiz/forms-identical',
        severity: 'error',
        message: `form ${letter} is the same as form ${other}: same items in the same order with the same options`,
      });
    else seen.set(key, letter);
  });
  return findings;
}
