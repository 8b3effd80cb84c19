import { inScript, isTraditional, traditionalRegion } from './chinese-script.js';
import { type UiLanguage, uiLanguage } from './ui-language.js';

/**
 * The entry of a per-language table for `tag`: `forLanguage(tag, { zh, en })`. The Chinese entry is written in
 * Simplified characters; for a Traditional tag (`zh-TW`, `zh-HK`, `zh-Hant`) its strings come converted, and so
 * do the results of its functions that take no text (a function given text returns it as it was given).
 */
export function forLanguage<T>(tag: string, table: Readonly<Record<UiLanguage, T>>): T {
  const entry = table[uiLanguage(tag)];
  if (!isTraditional(tag)) return entry;
  const convert = (text: string): string => inScript(tag, text);
  // Note: converted tables are kept per table and per converted form (a zh-TW and a zh-HK build may share a process).
  const key = traditionalRegion(tag);
  const done = converted.get(key) ?? new WeakMap<object, unknown>();
  converted.set(key, done);
  return traditionalTable(entry, convert, done);
}

const converted = new Map<string, WeakMap<object, unknown>>();

function traditionalTable<T>(value: T, convert: (text: string) => string, done: WeakMap<object, unknown>): T {
  if (typeof value === 'string') return convert(value) as T;
  if (typeof value === 'function') return traditionalFunction(value as (...args: unknown[]) => unknown, convert) as T;
  if (value === null || typeof value !== 'object') return value;
  const hit = done.get(value);
  if (hit !== undefined) return hit as T;
  const out = Array.isArray(value)
    ? value.map((v) => traditionalTable(v, convert, done))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, traditionalTable(v, convert, done)]));
  done.set(value, out);
  return out as T;
}

function traditionalFunction(
  fn: (...args: unknown[]) => unknown,
  convert: (text: string) => string,
): (...args: unknown[]) => unknown {
  return (...args) => {
    const out = fn(...args);
    // Note: text passed in is content (a name, a title), already in its author's script; converting it again
    // could change a character that has two Traditional readings (干 → 幹), so such results stay as they are.
    return typeof out === 'string' && !args.some((a) => typeof a === 'string') ? convert(out) : out;
  };
}
