import type { z } from 'zod';
import type { Finding } from '../findings.js';
import { error } from './finding.js';
import type { YamlLocator } from './yaml-locator.js';
import { issuesToFindings } from './zod-issues.js';

/** Validates plain YAML data with a zod schema; every issue becomes a placed finding. Never throws for content. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locator: YamlLocator,
  root: string,
): { data?: z.output<S>; findings: Finding[] } {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(value) as ReturnType<S['safeParse']>;
  } catch (cause) {
    // Note: zod recurses over the data; absurdly deep data can overflow the stack, which is the content's fault.
    if (!(cause instanceof RangeError)) throw cause;
    return {
      findings: [
        error(
          'schema/invalid',
          'The data is nested too deeply to check.',
          'flatten the structure; narrative files need only a few levels',
          locator.at(0),
        ),
      ],
    };
  }
  if (result.success) return { data: result.data as z.output<S>, findings: [] };
  return { findings: issuesToFindings(result.error.issues, { schema, data: value, locator, root }) };
}
