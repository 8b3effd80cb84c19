import { visualLength } from '../text/cjk.js';

const END = /[。！？.!?]$/u;

/**
 * A fact's statement: its sentence when short enough to read on a slide, else its clause with the subject's
 * name put in front when the clause lacks it; always a whole sentence with its end mark.
 */
export function statementFor(
  sentence: string,
  clause: string,
  subjectName: string | undefined,
  chinese: boolean,
): string {
  const limit = chinese ? 56 : 28;
  let text = visualLength(sentence) <= limit ? sentence : clause;
  text = text.replace(/^[，,、；;：:\s]+|[，,、；;：:\s]+$/gu, '').replace(/^(?:and|but|while|whereas|with)\s+/iu, '');
  text = text.replace(/^(?:而|但|并且|且|其中|同时|此外|另外|不过)[，,]?/u, '');
  if (text !== sentence && subjectName && !text.toLowerCase().includes(subjectName.toLowerCase())) {
    text = chinese
      ? `${subjectName}${/^[\u4e00-\u9fff]/u.test(text) ? '' : ' '}${text}`
      : englishClause(sentence, clause, text, subjectName);
  }
  if (!chinese) text = text.charAt(0).toUpperCase() + text.slice(1);
  if (!END.test(text) && !/[”’"」』)）]$/u.test(text)) text += chinese ? '。' : '.';
  return text;
}

/** Longest English sentence, in words, kept whole when the clause alone would need its subject put in front. */
const EN_WHOLE_LIMIT = 40;

/**
 * An English clause that lacks its subject's name made to stand alone: a clause that opens the sentence already
 * does; else the sentence up to the clause when it is not too long; else a leading pronoun becomes the name
 * (`it now expects 8 years` → `Lakeport now expects 8 years`); else `Name: clause`.
 */
function englishClause(sentence: string, clause: string, text: string, subjectName: string): string {
  const at = sentence.indexOf(clause.trim());
  if (at >= 0 && sentence.slice(0, at).trim() === '') return text;
  const upTo = at >= 0 ? sentence.slice(0, at + clause.trim().length).replace(/[，,;；:\s]+$/u, '') : '';
  if (upTo && visualLength(upTo) <= EN_WHOLE_LIMIT) return upTo;
  if (/^(?:it|they|he|she)\b/iu.test(text)) return text.replace(/^(?:it|they|he|she)\b/iu, subjectName);
  return `${subjectName}: ${text}`;
}
