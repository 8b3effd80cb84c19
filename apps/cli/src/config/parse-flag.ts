import { usageError } from '../errors.js';

/** A non-negative integer flag, or undefined when absent. */
export function intFlag(
  name: string,
  value: string | number | undefined,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < min || n > max || (typeof value === 'string' && value.trim() === '')) {
    throw usageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/** A comma-separated list flag (or an array from the API), trimmed, empty entries dropped. */
export function listFlag(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (typeof value === 'string' ? value.split(',') : value).map((s) => s.trim()).filter(Boolean);
  return parts;
}

/** Checks every entry of a list flag against the allowed values. */
export function enumList<T extends string>(name: string, values: readonly string[], allowed: readonly T[]): T[] {
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) {
      throw usageError(`unknown value "${v}" for --${name}`, `choose from: ${allowed.join(', ')}`);
    }
  }
  return values as T[];
}
