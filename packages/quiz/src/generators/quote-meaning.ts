import { isChinese, type Narrative, type Quote } from '@lectern/narrative';
import { fillTemplate, nestQuotes } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import { bigrams, isTableRow, overlap, sentencesOf, share, stripEnd } from '../util/sentences.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { paragraphsFor } from './passage-match.js';

const NAME = 'quote-meaning';
const OPTION_IDS = ['a', 'b', 'c', 'd'];
/** Above this share of the quote's words, a point restates the quote: matching words would answer the item. */
const MAX_ECHO = 0.5;

/** Long enough to carry a meaning of its own: 12 characters of Chinese, 6 words otherwise. */
const meaningful = (text: string, zh: boolean): boolean => (zh ? text.length >= 12 : text.split(/\s+/).length >= 6);

interface Point {
  text: string;
  sectionId: string;
  /** The point's bigrams, made once: a quote is scored against many points. */
  grams: ReadonlySet<string>;
}

/**
 * How many sections before and after a quote's own its distractors are drawn from. Any article fits inside
 * (a narrative of up to 49 sections draws from all of them); a generated 10,000-section one is scored against
 * a window, not against every point (which made `check` quadratic).
 */
const DISTRACTOR_WINDOW = 24;

/** Every key point and summary of the narrative, once each, in reading order. */
function pointsOf(narrative: Narrative): Point[] {
  const seen = new Set<string>();
  const out: Point[] = [];
  for (const s of narrative.sections)
    for (const text of [...s.keyPoints, s.summary]) {
      const key = stripEnd(text);
      if (seen.has(key) || isTableRow(text)) continue;
      seen.add(key);
      out.push({ text, sectionId: s.id, grams: bigrams(text) });
    }
  return out;
}

/** `pointsOf`, grouped by section: the points of `narrative.sections[i]` at index i. */
function pointsBySection(narrative: Narrative): Point[][] {
  const groups = new Map<string, Point[]>();
  for (const point of pointsOf(narrative)) {
    const list = groups.get(point.sectionId);
    if (list) list.push(point);
    else groups.set(point.sectionId, [point]);
  }
  return narrative.sections.map((s) => groups.get(s.id) ?? []);
}

/** Below this score a point is too loosely tied to the quote to be what it means. */
const MIN_TIE = 0.15;

/**
 * The point of the text a quote makes: a key point (or the summary) of the quote's section drawn from the quote's
 * paragraph or the one beside it, or naming the speaker, and sharing the most words with the quote's paragraph.
 * A point that merely repeats the quote's words is not used.
 */
function pointOf(context: GeneratorContext, quote: Quote, own: readonly Point[]): Point | undefined {
  const section = context.section(quote.sectionId);
  const at = context.paragraph(quote.paragraph);
  if (!section || !at) return undefined;
  const speaker = context.entityName(quote.speaker);
  let best: { point: Point; score: number } | undefined;
  for (const point of own) {
    if (overlap(quote.text, point.text) > MAX_ECHO || point.text.includes(stripEnd(quote.text))) continue;
    const drawnFrom = paragraphsFor(section, point.text, 2).map((id) => context.paragraph(id)?.index ?? -9);
    const names = point.text.includes(speaker);
    const near = drawnFrom.some((i) => Math.abs(i - at.index) <= 1);
    if (!names && !near) continue;
    // Note: where the point is drawn from weighs more than the speaker's name: a speaker quoted twice makes two points.
    const score =
      overlap(point.text, at.text) + (names ? 0.1 : 0) + (drawnFrom.includes(at.index) ? 0.3 : near ? 0.2 : 0);
    if (score >= MIN_TIE && (!best || score > best.score)) best = { point, score };
  }
  return best?.point;
}

/**
 * Each quotation of some length → "what did they mean": the point of the text the quote is there to make (a key
 * point drawn from the quote's paragraph) against points the text makes elsewhere. Interpreting a quote is
 * `understand`; a point that repeats the quote's words is not used, so the key cannot be found by matching words.
 */
export const quoteMeaning: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { narrative, strings } = context;
    const zh = isChinese(context.language);
    const bySection = pointsBySection(narrative);
    const items: Item[] = [];
    narrative.sections.forEach((section, index) => {
      for (const quote of section.quotes) {
        if (!meaningful(quote.text, zh)) continue;
        const key = pointOf(context, quote, bySection[index] ?? []);
        if (!key) continue;
        const quoted = stripEnd(quote.text);
        const quoteGrams = bigrams(quote.text);
        const others = bySection
          .slice(Math.max(0, index - DISTRACTOR_WINDOW), index + DISTRACTOR_WINDOW + 1)
          .flat()
          .filter(
            (p) =>
              p.sectionId !== quote.sectionId && !p.text.includes(quoted) && share(quoteGrams, p.grams) <= MAX_ECHO,
          )
          .map((p) => ({ p, score: share(p.grams, key.grams) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 3)
          .map((x) => x.p.text);
        if (others.length < 2) continue;
        const speaker = context.entityName(quote.speaker);
        const paragraph = context.paragraph(quote.paragraph);
        const sentence =
          sentencesOf(paragraph?.text ?? quote.text).find((s) => s.includes(quote.text.slice(0, 6))) ?? quote.text;
        const texts = [key.text, ...others];
        const item: SingleItem = {
          ...generatedBase(context, {
            generator: NAME,
            key: quote.id,
            stem: context.phrase(strings.quoteMeaning, quote.id, { speaker, text: nestQuotes(quoted) }),
            rationale: fillTemplate(strings.rationaleQuoteMeaning, {
              sentence: nestQuotes(sentence),
              point: stripEnd(key.text),
            }),
            source: context.sourceFor([quote.paragraph], []),
            difficulty: 'medium',
            level: 'understand',
          }),
          type: 'single',
          options: texts.map((text, i) => ({ id: OPTION_IDS[i] as string, text, correct: i === 0 })),
          cues: [key.text],
        };
        items.push(item);
      }
    });
    return items;
  },
};
