import { isChinese } from '@lectern/narrative';
import { fillTemplate, nestQuotes } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import { sentencesOf } from '../util/sentences.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'quote-speaker';
const OPTION_IDS = ['a', 'b', 'c', 'd'];
const SPEAKER_KINDS = new Set(['person', 'organisation']);

/** Long enough to be recognised as someone's words, not a single term: 8 characters of Chinese, 4 words otherwise. */
const quotable = (text: string, zh: boolean): boolean => (zh ? text.length >= 8 : text.split(/\s+/).length >= 4);

/**
 * Each quotation of some length → "who said it" (`remember`): the speaker against other people or organisations the
 * text quotes or names, other speakers first.
 */
export const quoteSpeaker: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { narrative, strings } = context;
    const zh = isChinese(context.language);
    const quotes = narrative.sections.flatMap((s) => s.quotes);
    const speakers = [...new Set(quotes.map((q) => q.speaker))];
    const people = narrative.entities.filter((e) => SPEAKER_KINDS.has(e.kind)).map((e) => e.id);
    const pool = [...new Set([...speakers, ...people])];
    const items: Item[] = [];
    for (const quote of quotes) {
      if (!quotable(quote.text, zh)) continue;
      const name = context.entityName(quote.speaker);
      if (quote.text.includes(name)) continue;
      const kind = context.entityKind(quote.speaker);
      const candidates = pool.filter((id) => id !== quote.speaker && !quote.text.includes(context.entityName(id)));
      // Note: people against people where the text names enough of them; an organisation only fills in.
      const sameKind = candidates.filter((id) => context.entityKind(id) === kind);
      const others = (sameKind.length >= 2 ? sameKind : candidates).slice(0, 3);
      if (others.length < 2) continue;
      const paragraph = context.paragraph(quote.paragraph);
      const sentence =
        sentencesOf(paragraph?.text ?? quote.text).find((s) => s.includes(quote.text.slice(0, 6))) ?? quote.text;
      const options = [quote.speaker, ...others]
        .map((id) => context.entityName(id))
        .sort((a, b) => a.localeCompare(b))
        .map((text, i) => ({ id: OPTION_IDS[i] as string, text, correct: text === name }));
      const item: SingleItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: quote.id,
          stem: context.phrase(strings.quoteSpeaker, quote.id, { text: nestQuotes(quote.text.replace(/[。.]$/u, '')) }),
          rationale: fillTemplate(strings.rationaleQuote, { sentence: nestQuotes(sentence) }),
          source: context.sourceFor([quote.paragraph], []),
          difficulty: 'easy',
          level: 'remember',
        }),
        type: 'single',
        options,
      };
      items.push(item);
    }
    return items;
  },
};
