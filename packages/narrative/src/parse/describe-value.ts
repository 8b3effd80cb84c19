/** `facts[3].value` for a zod path; `root` for the empty path. */
export function formatPath(path: readonly PropertyKey[], root = 'the file'): string {
  if (path.length === 0) return root;
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The value at `path` in plain data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What kind of YAML value something is, in an author's words. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' && Number.isNaN(value)) return '"not a number" (.nan)';
  if (typeof value === 'number' && !Number.isFinite(value))
    return 'an infinite number (.inf, or a number too large to hold such as 1e400)';
  if (typeof value === 'number') return 'a number';
  if (value instanceof Date) return 'a date (YAML reads an unquoted 2023-06-01 or a !!timestamp as a date)';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** The expected type as an author would say it. */
export function describeExpected(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of `key: value` lines';
    default:
      return expected ?? 'another kind of value';
  }
}

/** A short, single-line rendering of a value for messages. */
export function preview(value: unknown, max = 40): string {
  const text =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : value instanceof Date
        ? Number.isNaN(value.getTime())
          ? 'an invalid date'
          : value.toISOString()
        : value instanceof Uint8Array
          ? `${value.byteLength} bytes`
          : typeof value === 'string'
            ? JSON.stringify(value)
            : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
