import { type Fact, formatFactValue, inScript, isChinese } from '@lectern/narrative';

/** A fact's value (or another value in its place) as the options show it: formatted like the fact, without qualifier. */
export function formatValue(fact: Fact, value: number, language: string): string {
  return formatFactValue({ ...fact, value, qualifier: 'exact' }, language);
}

/** The unit an entry answer is given in, scale included: `亿美元`, `%`, `billion USD`. */
export function displayUnit(fact: Fact, language: string): string {
  const parts = [fact.scale ?? '', fact.unit].filter((p) => p !== '');
  return isChinese(language) ? inScript(language, parts.join('')) : parts.join(' ');
}

export interface Span {
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Note: one formatter for every call; `toLocaleString` builds a new one each time.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** The ways the fact's number may be written: `27000`, `27,000`. */
function numberForms(value: number): string[] {
  const plain = String(value);
  const grouped = GROUPED.format(value);
  return grouped === plain ? [plain] : [plain, grouped];
}

/** Scale and unit as the text writes them after the number: `亿美元`, or `億美元` in a Traditional text. */
function unitSuffix(fact: Fact, language: string): string {
  return inScript(language, `${fact.scale ?? ''}${fact.unit}`);
}

/** Where the fact's number (digits only) stands in a text, preferring a place followed by its scale and unit. */
export function locateNumber(text: string, fact: Fact, language: string): Span | undefined {
  const suffix = unitSuffix(fact, language);
  let fallback: Span | undefined;
  for (const form of numberForms(fact.value)) {
    const re = new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)`, 'g');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + form.length };
      if (suffix !== '' && text.slice(span.end).replace(/^\s+/, '').startsWith(suffix)) return span;
      fallback ??= span;
    }
  }
  return fallback;
}

/** Where the fact's whole value (number, scale and unit) stands in a text. */
export function locateValue(text: string, fact: Fact, language: string): Span | undefined {
  const formatted = formatValue(fact, fact.value, language);
  const at = text.indexOf(formatted);
  if (at >= 0) return { start: at, end: at + formatted.length };
  const number = locateNumber(text, fact, language);
  if (!number) return undefined;
  const suffix = unitSuffix(fact, language);
  const rest = text.slice(number.end);
  const gap = rest.length - rest.replace(/^\s+/, '').length;
  if (suffix === '' || rest.slice(gap).startsWith(suffix))
    return { start: number.start, end: number.end + gap + suffix.length };
  return undefined;
}

/** Replaces a span of text. */
export function replaceSpan(text: string, span: Span, replacement: string): string {
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}
