import { entityName, type Narrative, type Quote, type Section } from '@lectern/narrative';
import { BUDGETS } from '../overflow/budgets.js';
import { quoteLines, QUOTE_SIZES } from '../overflow/quote-size.js';
import { columnsIn } from '../overflow/text-measure.js';
import type { QuoteEntry } from './deck-model.js';

/**
 * Quotes narrower than this many columns (half an em of their size, in the face they are set in: about ten CJK
 * characters) are short: a word or a phrase.
 */
export const SHORT_QUOTE_COLUMNS = 20;
/** Quote slides per section at most (a slide of short quotes counts as one). */
export const MAX_QUOTE_SLIDES = 2;
/** Short quotes gathered on one slide at most. */
export const MAX_SHORT_QUOTES = 3;

const SEPARATORS = /^[\s,，:：、·;；]+/;

/** `speaker · context`, dropping the speaker's name where the context already begins with it. */
export function attributionOf(speaker: string, context: string | undefined): string {
  if (context === undefined || context.trim() === '') return speaker;
  let rest = context.trim();
  if (rest.startsWith(speaker)) rest = rest.slice(speaker.length).replace(SEPARATORS, '');
  return rest === '' ? speaker : `${speaker} · ${rest}`;
}

export function quoteEntry(narrative: Narrative, quote: Quote): QuoteEntry {
  const speaker = entityName(narrative, quote.speaker) ?? quote.speaker;
  const entry: QuoteEntry = {
    quoteId: quote.id,
    text: quote.text,
    speaker,
    attribution: attributionOf(speaker, quote.context),
  };
  if (quote.context !== undefined) entry.context = quote.context;
  return entry;
}

const OPENING = /^["'“‘「『«]/;

/** The quotation in the language's quotation marks, unless the content already wrote them. */
export function quoted(text: string, marks: readonly [string, string]): string {
  const t = text.trim();
  return OPENING.test(t) ? t : `${marks[0]}${t}${marks[1]}`;
}

/** Whether a single quotation fits a slide at the smallest quote size, with its attribution. */
function fitsASlide(quote: Quote, language: string): boolean {
  const smallest = QUOTE_SIZES[QUOTE_SIZES.length - 1]!;
  return quoteLines(quote.text, smallest, language) + 1.6 <= BUDGETS.quote.lines;
}

/** A quotation's width on one line, as it is set (semibold: the bold face). */
const widthOf = (quote: Quote, language: string): number => columnsIn(language)(quote.text, { bold: true });

const byWidthThenOrder = (quotes: readonly Quote[], language: string): Quote[] =>
  quotes
    .map((quote, order) => ({ quote, order, width: widthOf(quote, language) }))
    .sort((a, b) => b.width - a.width || a.order - b.order)
    .map((q) => q.quote);

const inContentOrder = (section: Section, chosen: readonly Quote[]): Quote[] =>
  section.quotes.filter((q) => chosen.includes(q));

/**
 * Which quotations of a section get slides, as groups (one group = one slide): at most
 * MAX_QUOTE_SLIDES slides; the substantial quotes (widest first, if they fit a slide) one per slide;
 * the short ones (a word or a phrase) together on one slide, up to MAX_SHORT_QUOTES. When both kinds
 * exist, one slide goes to each. The rest stay in the speaker notes with their paragraphs. Widths are measured in
 * the faces deck.html embeds for the deck's `language`.
 */
export function selectQuotes(section: Section, language = 'zh-CN'): Quote[][] {
  const short = section.quotes.filter((q) => widthOf(q, language) <= SHORT_QUOTE_COLUMNS);
  const long = byWidthThenOrder(
    section.quotes.filter((q) => widthOf(q, language) > SHORT_QUOTE_COLUMNS && fitsASlide(q, language)),
    language,
  );
  const shortSlides = short.length > 0 ? 1 : 0;
  const longChosen = inContentOrder(section, long.slice(0, MAX_QUOTE_SLIDES - shortSlides));
  const shortChosen = inContentOrder(section, byWidthThenOrder(short, language).slice(0, MAX_SHORT_QUOTES));
  const groups = longChosen.map((q) => [q]);
  if (shortChosen.length > 0) groups.push(shortChosen);
  // Slides follow the reading order of their first quote.
  const first = (g: Quote[]): number => section.quotes.indexOf(g[0]!);
  return groups.sort((a, b) => first(a) - first(b));
}
