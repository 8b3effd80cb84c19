import nlp from 'compromise';
import type { EntityKind, Mention } from './entity-types.js';
import { knownMentions } from './known-mentions.js';

/** Capitalised words that start sentences or name times, not entities. */
const STOP = new Set(
  'The A An In On At By For From To Of And But Or If As It Its This That These Those Their Our We I He She They When While After Before Since During Over Under With Without Through Across Between Among Although Though Because However Still Yet Also Even Only Meanwhile Instead Overall Today Yesterday Last Next First Second Third Finally Then There Here What Which Who Why How Both Each Every Some Most Many More Less Such Not No Yes So Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO COO CTO AI GPU CPU IPO EPS GDP API US UK EU January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Chief Executive Officer President Analysts Analyst Revenue Sales Profit Shares Part Section Chapter Table Figure Series Round'.split(
    ' ',
  ),
);
const NAME =
  /\b[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?:\s+(?:of\s+|de\s+|&\s+)?[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9])*|\b[A-Z]{2,}\b/gu;
const COMPANY_SUFFIX =
  /\b(Inc|Corp|Corporation|Group|Holdings|Bank|Technologies|Systems|Labs|Motors|Partners|Capital|Semiconductor|Networks|Cloud)\.?$/u;

let people: Set<string> | undefined;

/** Person names compromise finds in the whole article (its lexicon knows first names and titles). */
export function primePeople(article: string): void {
  people = new Set((nlp(article).people().out('array') as string[]).map((p) => p.replace(/[.,;:'’s]+$/u, '').trim()));
}

function kindOf(name: string, after: string): EntityKind {
  if (people?.has(name) || [...(people ?? [])].some((p) => p.endsWith(name) && p.includes(' '))) return 'person';
  if (/^\s*(?:said|says|told|added|noted|argued|wrote|remarked)\b/.test(after))
    return /\s/.test(name) ? 'person' : 'company';
  if (COMPANY_SUFFIX.test(name)) return 'company';
  return 'company';
}

/** English names: the gazetteer first, then runs of capitalised words (not sentence-initial function words). */
export function findMentionsEn(text: string): Mention[] {
  const found = knownMentions(text);
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  for (const m of text.matchAll(NAME)) {
    let name = m[0].replace(/[.’']s?$/u, '');
    let start = m.index!;
    const words = name.split(/\s+/);
    while (words.length > 0 && STOP.has(words[0]!)) {
      const w = words.shift()!;
      start = text.indexOf(words[0] ?? '', start + w.length);
    }
    while (words.length > 0 && STOP.has(words[words.length - 1]!)) words.pop();
    name = words.join(' ');
    if (!name || name.length < 2 || start < 0 || /^\d/.test(name)) continue;
    const end = start + name.length;
    if (taken(start, end) || text.slice(start, end) !== name) continue;
    found.push({
      key: name.toLowerCase(),
      name,
      kind: kindOf(name, text.slice(end, end + 12)),
      start,
      end,
      known: false,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a capitalised word seen only at sentence starts is a name: compromise tags it a proper noun, or it is
 * no word compromise's lexicon knows, no adverb, and the article uses it at least twice.
 */
export function sentenceStartName(word: string, uses: number): boolean {
  const term = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  const tags = new Set(term?.tags ?? []);
  if (tags.has('ProperNoun') || tags.has('Organization') || tags.has('Person')) return true;
  const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }).world()
    .model.one.lexicon;
  return !(word.toLowerCase() in lexicon) && !tags.has('Adverb') && uses >= 2;
}
