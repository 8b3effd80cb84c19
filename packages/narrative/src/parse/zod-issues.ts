import type { z } from 'zod';
import type { Finding } from '../findings.js';
import { describeExpected, describeType, formatPath, preview, valueAt } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';
import { error } from './finding.js';
import { allowedKeys } from './schema-at.js';
import type { YamlLocator } from './yaml-locator.js';

type Issue = z.core.$ZodIssue;

interface Context {
  schema: z.ZodType;
  data: unknown;
  locator: YamlLocator;
  /** What the empty path is called in messages, e.g. "the frontmatter". */
  root: string;
}

const DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Unrecognized)/;

/** Turns every zod issue into a finding placed on the exact YAML node its path names. */
export function issuesToFindings(issues: readonly Issue[], ctx: Context): Finding[] {
  return issues.flatMap((issue) => issueToFindings(issue, ctx));
}

function issueToFindings(issue: Issue, ctx: Context): Finding[] {
  const path = issue.path as PropertyKey[];
  const label = `\`${formatPath(path, ctx.root)}\``;
  const present = ctx.locator.has(path);
  const value = valueAt(ctx.data, path);
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(ctx.schema, path, ctx.data);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, allowed);
        const list = allowed.length > 0 ? `allowed keys here: ${allowed.join(', ')}` : 'remove it';
        return error(
          'schema/unknown-key',
          `Unknown key \`${key}\` in ${formatPath(path, ctx.root)}.`,
          guess ? `${guess} (${list})` : list,
          ctx.locator.key([...path, key]),
        );
      });
    }
    case 'invalid_type':
      if (!present) return [missing(path, label, describeExpected(issue.expected), ctx)];
      return [
        error(
          'schema/type',
          `${label} must be ${describeExpected(issue.expected)}, not ${describeType(value)} (${preview(value)}).`,
          typeHint(issue.expected, value, path),
          ctx.locator.value(path),
        ),
      ];
    case 'invalid_union': {
      const options = 'options' in issue ? (issue.options as unknown[] | undefined) : undefined;
      if (!present) return [missing(path, label, options ? `one of ${options.join(', ')}` : 'a value', ctx)];
      if (options) {
        const guess = didYouMean(String(value), options.map(String));
        return [
          error(
            'schema/invalid',
            `${label} is ${preview(value)}, which is not one of ${options.join(', ')}.`,
            guess ?? `use one of: ${options.join(', ')}`,
            ctx.locator.value(path),
          ),
        ];
      }
      return [
        error(
          'schema/type',
          `${label} must be text or a whole number, not ${describeType(value)} (${preview(value)}).`,
          `write it on one line, e.g. \`${String(path[path.length - 1])}: "01"\``,
          ctx.locator.value(path),
        ),
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (!present) return [missing(path, label, `one of ${options.join(', ')}`, ctx)];
      const guess = didYouMean(String(value), options);
      return [
        error(
          'schema/invalid',
          `${label} is ${preview(value)}, which is not one of ${options.join(', ')}.`,
          guess ? `${guess} (allowed: ${options.join(', ')})` : `use one of: ${options.join(', ')}`,
          ctx.locator.value(path),
        ),
      ];
    }
    case 'too_small':
    case 'too_big':
      return [sizeFinding(issue, label, value, custom, ctx, path)];
    case 'invalid_format':
      return [
        error(
          'schema/invalid',
          `${label} ${custom ?? `must be a valid ${issue.format}`}; it is ${preview(value)}.`,
          formatHint(issue.format, value, custom),
          ctx.locator.value(path),
        ),
      ];
    default:
      return [
        error(
          'schema/invalid',
          `${label}: ${issue.message}.`,
          'check the value against the format described in packages/narrative/README.md',
          present ? ctx.locator.value(path) : ctx.locator.value(path.slice(0, -1)),
        ),
      ];
  }
}

function missing(path: PropertyKey[], label: string, expected: string, ctx: Context): Finding {
  const key = String(path[path.length - 1] ?? '');
  const parent = formatPath(path.slice(0, -1), ctx.root);
  // Note: a missing key is reported where its mapping starts; the mapping's whole extent would be noise.
  const { endLine: _endLine, endColumn: _endColumn, ...start } = ctx.locator.value(path);
  const loc = ctx.locator.has(path) || ctx.locator.walk(path).pair ? ctx.locator.value(path) : start;
  return error(
    'schema/required',
    `${label} is required but missing or empty.`,
    `add \`${key}:\` with ${expected} to ${parent}`,
    loc,
  );
}

function typeHint(expected: string | undefined, value: unknown, path: PropertyKey[]): string {
  const key = String(path[path.length - 1] ?? 'value');
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in quotes so YAML reads it as text: \`${key}: "${String(value)}"\``;
  }
  if (expected === 'number' && typeof value === 'number') {
    return `write a finite number (e.g. \`${key}: 29.4\`): YAML reads .nan, .inf and numbers past about 1.8e308 (such as 1e400) as values no figure can have`;
  }
  if (value instanceof Date || value instanceof Uint8Array) {
    return `put it in quotes so YAML reads it as text (\`${key}: "…"\`), or remove the !!tag`;
  }
  if (expected === 'number' && typeof value === 'string') {
    return `write the bare number, without quotes, units or separators (e.g. \`${key}: 29.4\`); the unit goes in \`unit\` and 万/亿 in \`scale\``;
  }
  if (expected === 'array') return `write a list: each entry on its own line under \`${key}:\`, starting with \`- \``;
  if (expected === 'object') return 'write a mapping: indented `key: value` lines';
  if (expected === 'boolean') return `write \`${key}: true\` or \`${key}: false\``;
  return `give \`${key}\` ${describeExpected(expected)}`;
}

function sizeFinding(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  label: string,
  value: unknown,
  custom: string | undefined,
  ctx: Context,
  path: PropertyKey[],
): Finding {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const loc = ctx.locator.value(path);
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    const message = `${label} has ${count} ${count === 1 ? 'entry' : 'entries'}; ${small ? 'at least' : 'at most'} ${String(limit)} ${small ? 'are needed' : 'are allowed'}.`;
    return error('schema/invalid', message, custom ?? (small ? 'add entries' : 'remove entries'), loc);
  }
  if (issue.origin === 'string') {
    if (small && Number(limit) <= 1)
      return error(
        'schema/required',
        `${label} must not be empty.`,
        custom ?? 'write the text, or remove the key if it is optional',
        loc,
      );
    return error(
      'schema/invalid',
      `${label} is ${small ? 'too short' : 'too long'} (${small ? 'at least' : 'at most'} ${String(limit)} characters).`,
      custom ?? (small ? 'lengthen it' : 'shorten it'),
      loc,
    );
  }
  return error(
    'schema/invalid',
    `${label} is ${preview(value)}; it must be ${small ? 'at least' : 'at most'} ${String(limit)}.`,
    custom ?? 'change the number',
    loc,
  );
}

function formatHint(format: string, value: unknown, custom: string | undefined): string {
  if (format === 'regex' && typeof value === 'string' && custom?.includes('lowercase')) {
    const slug = value
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-._]+|-+$/g, '');
    if (slug && slug !== value) return `ids are lowercase ASCII, e.g. \`${slug}\``;
  }
  if (format === 'url') return 'write a full URL starting with https://';
  if (custom) return `write it as the message says: ${custom}`;
  return 'see the format described in packages/narrative/README.md';
}
