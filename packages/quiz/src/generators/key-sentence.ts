import type { Fact } from '@lectern/narrative';
import type { Span } from '../util/fact-text.js';
import { locateNumber } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';

const SENTENCE_END = /[。!！?？]/;
const CLAUSE_BREAK = /[。!！?？;；]/;

/** Whether position `i` of `text` ends a sentence: a CJK or ?! mark, or a full stop before a space. */
const endsAt = (text: string, i: number, marks: RegExp): boolean =>
  marks.test(text[i] as string) || (text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] as string)));

export interface KeySentence {
  /** The sentence, without Markdown emphasis marks. */
  text: string;
  /** Where the fact's number stands in it. */
  number: Span;
}

/**
 * The clause of the fact's paragraph that holds its evidence (from the last `;` or sentence end), the whole sentence
 * when that clause opens in lower case, and where the fact's number stands in it.
 */
export function keySentence(context: GeneratorContext, fact: Fact): KeySentence | undefined {
  const paragraph = context.paragraph(fact.paragraph);
  const plain = (paragraph?.text ?? fact.evidence).replace(/\*\*|__/g, '');
  const at = plain.indexOf(fact.evidence);
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !endsAt(plain, start - 1, CLAUSE_BREAK)) start--;
  // Note: an English clause after a semicolon (`…12 years; it now expects 8 years`) does not stand alone: the
  // whole sentence is the text.
  if (start > 0 && /^\s*[a-z]/.test(plain.slice(start))) {
    start--;
    while (start > 0 && !endsAt(plain, start - 1, SENTENCE_END)) start--;
  }
  let end = at + fact.evidence.length;
  while (end < plain.length && !endsAt(plain, end, SENTENCE_END)) end++;
  if (end < plain.length) end++;
  const text = plain.slice(start, end).trim();
  const lead = plain.slice(start, end).length - plain.slice(start, end).trimStart().length;
  const inEvidence = locateNumber(fact.evidence, fact, context.language);
  if (!inEvidence) return undefined;
  const offset = at - start - lead;
  return { text, number: { start: inEvidence.start + offset, end: inEvidence.end + offset } };
}
