import { isChinese, scriptPattern } from '@lectern/narrative';
import { clausesOf, sentencesOf, stripEnd } from '../util/sentences.js';

/** A sentence of the text that gives a cause for an effect. */
export interface CausalSentence {
  paragraphId: string;
  sentence: string;
  cause: string;
  effect: string;
}

// Note: a clause opening with one of these starts a new thought (如今又…, 但…), so an effect stops before it.
const ZH_BREAK = /^(如今|但|而|却|同时|并且|此外|也|其中|这)/u;

interface Rule {
  re: RegExp;
  /** Which capture group is the cause and which the effect. */
  cause: number;
  effect: number;
}

const ZH_RULES: Rule[] = [
  // 由于X,Y / 因为X,(所以)Y
  { re: /^(?:.*?[，,])?(?:由于|因为)(.+?)[，,](?:所以|因此)?(.+)$/u, cause: 1, effect: 2 },
  // Y之所以Z,(不在于…,)(更|而|是)在于X
  { re: /^(.+?之所以.+?)[，,](?:.*?[，,])?(?:更|而|是)?(?:在于|是因为|是由于)(.+)$/u, cause: 2, effect: 1 },
  // X,这是Y的(根本|直接|主要)原因
  { re: /^(.+?)[，,]这是(.+?)的(?:根本|直接|主要|重要)?原因$/u, cause: 1, effect: 2 },
  // (…认为,)Y,X是(根本|直接…)原因
  { re: /^(?:.*?认为[，,])?(.+?)[，,]([^，,]+?)是(?:其)?(?:根本|直接|主要|重要)?原因$/u, cause: 2, effect: 1 },
  // X,(从而)导致/引发(了)Y
  { re: /^(.+?)[，,]?(?:从而|进而)?(?:导致|引发|造成|致使)了?(.+)$/u, cause: 1, effect: 2 },
  // Y,是因为X
  { re: /^(.+?)[，,](?:是因为|是由于)(.+)$/u, cause: 2, effect: 1 },
  // X,因此/所以Y
  { re: /^(.+?)[，,](?:因此|所以|因而)(.+)$/u, cause: 1, effect: 2 },
];

const EN_RULES: Rule[] = [
  { re: /^(?:because|as) (.+?), (.+)$/iu, cause: 1, effect: 2 },
  { re: /^(.+?),? because (?:of )?(.+)$/iu, cause: 2, effect: 1 },
  { re: /^(.+?),? due to (.+)$/iu, cause: 2, effect: 1 },
  { re: /^(.+?),? (?:which )?(?:led to|caused|drove|resulted in) (.+)$/iu, cause: 1, effect: 2 },
  { re: /^(.+?), so (?!that )(.+)$/iu, cause: 1, effect: 2 },
];

/** The first clause or two of an effect, up to a clause that starts a new thought. */
function trimEffect(effect: string, zh: boolean, language: string): string {
  if (!zh) return stripEnd(effect);
  const clauses = clausesOf(stripEnd(effect));
  const kept: string[] = [];
  for (const c of clauses) {
    if (kept.length > 0 && (scriptPattern(language, ZH_BREAK).test(c) || kept.length >= 2)) break;
    kept.push(c);
  }
  return kept.join('，');
}

const usable = (text: string, zh: boolean): boolean =>
  zh ? text.length >= 4 && text.length <= 60 : text.split(/\s+/).length >= 3 && text.length <= 160;

/**
 * Sentences stating a cause, found by their connectives: 由于/因为/所以/因此/导致/引发/…是…原因/之所以…在于 in
 * Chinese; because/due to/led to/so in English. The previous sentence lends the cause for "As a result, Y".
 */
export function causalSentences(
  paragraphs: readonly { id: string; text: string }[],
  language: string,
): CausalSentence[] {
  const zh = isChinese(language);
  const out: CausalSentence[] = [];
  for (const p of paragraphs) {
    const sentences = sentencesOf(p.text);
    sentences.forEach((sentence, i) => {
      const body = stripEnd(sentence);
      const consequence =
        !zh && /^(as a result|therefore|consequently|that is why|this is why|so),? (.+)$/iu.exec(body);
      if (consequence && i > 0) {
        const cause = stripEnd(sentences[i - 1] as string);
        const effect = consequence[2] as string;
        if (usable(cause, zh) && usable(effect, zh))
          out.push({ paragraphId: p.id, sentence: `${sentences[i - 1]} ${sentence}`, cause, effect });
        return;
      }
      for (const rule of zh ? ZH_RULES : EN_RULES) {
        const m = scriptPattern(language, rule.re).exec(body);
        if (!m) continue;
        const cause = stripEnd((m[rule.cause] as string).trim()).replace(/^(?:it is |that )/i, '');
        const effect = trimEffect((m[rule.effect] as string).trim(), zh, language)
          .replace(scriptPattern(language, /^(?:然而|不过|但是?)[，,]?/u), '')
          .replace(scriptPattern(language, /之所以/u), '');
        if (!usable(cause, zh) || !usable(effect, zh)) continue;
        out.push({ paragraphId: p.id, sentence, cause, effect });
        return;
      }
    });
  }
  return out;
}
