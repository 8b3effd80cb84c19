import { isChinese } from '@lectern/narrative';

/** An English sentence opening on a pronoun: possessive (`Its`), subject (`It`), or one that names no one. */
const EN_POSSESSIVE = /^(?:Its|Their)\b\s*/;
const EN_SUBJECT = /^(?:It|They)\b\s*/;
const EN_VAGUE = /^(?:This|That|These|Those|He|She|His|Her|Both|The latter|The former)\b/;
/** 其/它 as "its/it" at the start (Simplified or Traditional); not 其中, 其实, 其次, 其他, 其余, 其它 (which open a sentence on their own). */
const ZH_PRONOUN = /^(?:[该該]公司的|[该該]公司|它[们們]的|它[们們]|它的|它|其(?![中实實次他余餘它]))/;
const ZH_VAGUE = /^(?:他[们們]|她[们們]|他|她|此|[这這]|[该該])/;

/**
 * The sentence as a title that stands alone: an opening pronoun that points back to the sentence before
 * (`Its operating margin widened…`, `其营收…`) is replaced by the name of the subject it stands for; undefined when
 * it opens on one and no single subject is known (or on one that names a person or a thing no name stands for):
 * the caller tries its next candidate.
 *
 * @param subject the name of the one subject the sentence's figures are about, if they share one
 */
export function standAlone(sentence: string, subject: string | undefined, language: string): string | undefined {
  if (isChinese(language)) {
    const m = ZH_PRONOUN.exec(sentence);
    if (m !== null) {
      if (subject === undefined) return undefined;
      const of = m[0].endsWith('的') || m[0] === '其' ? '的' : '';
      return `${subject}${of}${sentence.slice(m[0].length)}`;
    }
    return ZH_VAGUE.test(sentence) ? undefined : sentence;
  }
  const possessive = EN_POSSESSIVE.exec(sentence);
  if (possessive !== null) {
    if (subject === undefined) return undefined;
    return `${subject}${subject.endsWith('s') ? "'" : "'s"} ${sentence.slice(possessive[0].length)}`;
  }
  const pronoun = EN_SUBJECT.exec(sentence);
  if (pronoun !== null) return subject === undefined ? undefined : `${subject} ${sentence.slice(pronoun[0].length)}`;
  return EN_VAGUE.test(sentence) ? undefined : sentence;
}
