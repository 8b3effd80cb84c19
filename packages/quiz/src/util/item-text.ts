import type { Item, ItemOption } from '../model/item.js';
import { stripEnd } from './sentences.js';

/** The correct options of a choice item; empty for other types. */
export function keysOf(item: Item): ItemOption[] {
  return item.type === 'single' || item.type === 'multiple' ? item.options.filter((o) => o.correct) : [];
}

/**
 * Text an item states as given while it is being answered: the stem, a cloze's text, matching's left side,
 * ordering's entries. Choice options and matching's right side are candidates, not statements, so they are left out.
 */
export function statedText(item: Item): string {
  switch (item.type) {
    case 'cloze':
      return `${item.stem}\n${item.text}`;
    case 'matching':
      return `${item.stem}\n${item.pairs.map((p) => p.left).join('\n')}`;
    case 'ordering':
      return `${item.stem}\n${item.sequence.map((e) => e.text).join('\n')}`;
    default:
      return item.stem;
  }
}

/**
 * Everything an item shows a learner by the time it is answered: the stated text, every option, matching's right
 * side, and the feedback and rationale shown after answering. One item cues another when this holds the other's
 * answer (`itemCues`). Source passages are left out: an exporter may or may not show them.
 */
export function revealedText(item: Item): string {
  const parts = [statedText(item), item.rationale];
  switch (item.type) {
    case 'single':
    case 'multiple':
      for (const o of item.options) parts.push(o.text, o.feedback ?? '');
      break;
    case 'matching':
      for (const p of item.pairs) parts.push(p.right);
      break;
    case 'true-false':
      parts.push(item.feedback ?? '');
      break;
    default:
      break;
  }
  return parts.filter((p) => p !== '').join('\n');
}

/**
 * What gives an item away when another item shows it: the generator's cues (a true figure, a cause, a summary),
 * the figures of its answer, a short answer's accepted words.
 */
export function itemCues(item: Item): string[] {
  // Note: a statement is shown with or without its full stop (a stem adds one, an option keeps the text's).
  const cues = [...(item.cues ?? []).map(stripEnd), ...answerFigures(item)];
  if (item.type === 'short') cues.push(...item.answers);
  return [...new Set(cues.filter((c) => c.trim().length >= 2))];
}

/** Whether a text states a cue: a figure as a whole number (see `statesFigure`), other cues as written. */
export function statesCue(text: string, cue: string): boolean {
  return /\d/.test(cue) ? statesFigure(text, cue) : text.includes(cue);
}

/** The figures an item's answer consists of (`29.4%`, `4600亿美元`), for spotting another item that states them. */
export function answerFigures(item: Item): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return keysOf(item)
        .map((o) => o.text)
        .filter((t) => /\d/.test(t));
    case 'numeric': {
      if (item.unit === '') return [];
      // Note: an English unit is written apart and in part (`$7.3 billion` for 7.3 with unit `billion USD`).
      const word = /^[A-Za-z]/.test(item.unit) ? item.unit.split(' ')[0] : undefined;
      return word === undefined
        ? [`${item.answer}${item.unit}`]
        : [`${item.answer}${item.unit}`, `${item.answer} ${word}`];
    }
    case 'cloze':
      return item.gaps.flatMap((gap) => {
        const after = item.text.split(`{{${gap.id}}}`)[1] ?? '';
        const unit = /^[^\d\s,.;:，。；：!！?？、“”"'()（）]/u.exec(after)?.[0] ?? '';
        return gap.answers.filter((a) => /\d/.test(a)).map((a) => (/\D$/.test(a) ? a : `${a}${unit}`));
      });
    case 'matching':
      return item.pairs.map((p) => p.right).filter((t) => /\d/.test(t) && t.length <= 16);
    default:
      return [];
  }
}

const figurePatterns = new Map<string, RegExp>();

/** Whether a figure such as `29.4%` is written in a text as a whole number (not as part of `129.4%`). */
export function statesFigure(text: string, figure: string): boolean {
  // Note: called for every pair of items while a quiz is assembled, so the cheap substring test goes first and
  // each figure's pattern is compiled once.
  if (!text.includes(figure)) return false;
  let pattern = figurePatterns.get(figure);
  if (!pattern) {
    if (figurePatterns.size > 10_000) figurePatterns.clear();
    const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?<![\\d.])${escaped}`, 'u');
    figurePatterns.set(figure, pattern);
  }
  return pattern.test(text);
}
