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
    text = chinese ? `${subjectName}${/^[\u4e00-\u9fff]/u.test(text) ? '' : ' '}${text}` : `${subjectName}: ${text}`;
  }
  if (!chinese) text = text.charAt(0).toUpperCase() + text.slice(1);
  if (!END.test(text) && !/[”’"」』)）]$/u.test(text)) text += chinese ? '。' : '.';
  return text;
}
