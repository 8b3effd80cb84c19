/** A sentence of a paragraph, with its offset. */
export interface Sentence {
  text: string;
  start: number;
}

/** Abbreviations after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set([
  'vs',
  'v',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'approx',
  'est',
  'fig',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
]);

const CLOSERS = '”’"\'」』）)】';

/** True when the `.` at `dot` closes an abbreviation, an initial or a decimal rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (/\d/.test(text[dot + 1] ?? '') && /\d/.test(text[dot - 1] ?? '')) return true;
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!before) return false;
  if (ABBREVIATIONS.has(before.toLowerCase())) return true;
  if (/^[A-Z]$/.test(before)) return true;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(before)) return true;
  return false;
}

/**
 * Splits a paragraph into sentences at `。！？；!?` and at `.` followed by a space, except after
 * abbreviations (`vs.`, `Dec.`, `U.S.`), initials and inside decimals. Closing quotes stay with their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end = -1;
    if ('。！？!?；'.includes(ch)) end = i + 1;
    else if (
      ch === '.' &&
      (i + 1 >= text.length || /\s/.test(text[i + 1]!) || CLOSERS.includes(text[i + 1]!)) &&
      !isAbbreviation(text, i)
    )
      end = i + 1;
    if (end < 0) continue;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (ch === '.' && end < text.length) {
      const next = text.slice(end).trimStart()[0] ?? '';
      if (next && /[a-z]/.test(next)) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** The clauses of a sentence (split at `，,;：:` outside numbers), with offsets relative to the sentence. */
export function splitClauses(sentence: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    const comma =
      '，；：、'.includes(ch) ||
      ((ch === ',' || ch === ';') && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? '')));
    if (!comma || ch === '、') continue;
    if (sentence.slice(start, i).trim())
      out.push({
        text: sentence.slice(start, i).trim(),
        start: start + (sentence.slice(start, i).length - sentence.slice(start, i).trimStart().length),
      });
    start = i + 1;
  }
  const rest = sentence.slice(start);
  if (rest.trim()) out.push({ text: rest.trim(), start: start + (rest.length - rest.trimStart().length) });
  return out;
}
