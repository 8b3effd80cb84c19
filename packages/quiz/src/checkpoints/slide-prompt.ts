import { stringsFor } from '../i18n/strings-for.js';
import type { Item } from '../model/item.js';
import { createRng, hashString } from '../util/rng.js';

/** An item as a slide can ask it: plain text, answerable at a glance. */
export interface SlidePrompt {
  stem: string;
  /** The options in display order; absent for a typed answer. */
  choices?: string[];
  answer: string;
  rationale: string;
}

/**
 * An item put as one question on a slide, or undefined for the kinds a slide cannot ask (several
 * answers, matching, ordering, cloze). Options are shuffled by the item's id: authored items often list
 * the key first, and the slide must not give it away.
 */
export function slidePrompt(item: Item): SlidePrompt | undefined {
  const base = { stem: item.stem, rationale: item.rationale };
  switch (item.type) {
    case 'single': {
      const options = createRng(hashString(item.id)).shuffle(item.options);
      const key = options.find((o) => o.correct);
      return key ? { ...base, choices: options.map((o) => o.text), answer: key.text } : undefined;
    }
    case 'true-false': {
      const s = stringsFor(item.language);
      return { ...base, choices: [s.trueLabel, s.falseLabel], answer: item.answer ? s.trueLabel : s.falseLabel };
    }
    case 'numeric':
      return { ...base, answer: `${item.answer}${item.unit}` };
    case 'short':
      return { ...base, answer: item.answers[0] as string };
    default:
      return undefined;
  }
}
