import type { Item } from '../model/item.js';
import { answerFigures, statedText } from '../util/item-text.js';

interface Keys {
  facts: string[];
  entries: string[];
  /** Two-character slices of the item's stated text that hold a digit. */
  bigrams: string[];
  /** The numbers written in the item's stated text (`29.4`, `4,600`). */
  numbers: string[];
  /** Answer figures a statement must write with their number whole (`29.4%`), by that number. */
  keyed: Array<[figure: string, number: string]>;
  /** Other answer figures (`2023`, a figure without digits). */
  loose: string[];
}

/** A number as written: digits, with inner `.` or `,` between digits. */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers written in a text, and what follows each inner `,` (a figure may start there: `2022,29.4%`). */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const [n] of text.matchAll(NUMBER)) {
    out.push(n);
    for (let at = n.indexOf(','); at >= 0; at = n.indexOf(',', at + 1)) out.push(n.slice(at + 1));
  }
  return out;
}

/**
 * The number a text stating `figure` must write, whole: the figure's first number, when the figure goes on
 * after it with something other than `.`/`,` (`29.4%` → `29.4`). Undefined when a longer number could hold
 * it (`2023`, `5.`): those are found through their rarest bigram.
 */
export function figureNumber(figure: string): string | undefined {
  const m = /\d+(?:[.,]\d+)*/.exec(figure);
  if (!m) return undefined;
  const after = figure[m.index + m[0].length];
  return after === undefined || after === '.' || after === ',' ? undefined : m[0];
}

// Note: an item's keys never change; assembling a quiz asks for them once per comparison otherwise.
const keyCache = new WeakMap<Item, Keys>();

function keysOf(item: Item): Keys {
  const cached = keyCache.get(item);
  if (cached) return cached;
  const keys = computeKeys(item);
  keyCache.set(item, keys);
  return keys;
}

function computeKeys(item: Item): Keys {
  const text = statedText(item);
  const bigrams = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const b = text.slice(i, i + 2);
    if (/\d/.test(b)) bigrams.add(b);
  }
  const keyed: Array<[string, string]> = [];
  const loose: string[] = [];
  for (const figure of new Set(answerFigures(item))) {
    const number = figureNumber(figure);
    if (number === undefined) loose.push(figure);
    else keyed.push([figure, number]);
  }
  return {
    facts: [...new Set(item.source.factIds)],
    entries: item.type === 'ordering' ? [...new Set(item.sequence.map((e) => e.text))] : [],
    bigrams: [...bigrams],
    numbers: [...new Set(numbersIn(text))],
    keyed,
    loose,
  };
}

function put(map: Map<string, Set<Item>>, key: string, item: Item): void {
  const set = map.get(key);
  if (set) set.add(item);
  else map.set(key, new Set([item]));
}

function drop(map: Map<string, Set<Item>>, key: string, item: Item): void {
  const set = map.get(key);
  set?.delete(item);
  if (set?.size === 0) map.delete(key);
}

/**
 * The items of a growing list, indexed by what can make two items clash (see `giveawayBetween`): shared
 * facts, shared ordering entries, and one item's answer figure written in the other's stated text.
 * `candidates` returns every listed item that may clash with an item (a superset: confirm each with
 * `giveawayBetween`), without comparing it against the whole list.
 *
 * Note: a figure such as `29.4%` is stated only where its number `29.4` is written whole, so figures and
 * texts meet through their numbers, which few items share; digit bigrams (which grow with the narrative)
 * are only for the rare figures whose number a longer one may hold (`2023`).
 */
export class ClashIndex {
  private readonly items = new Set<Item>();
  private readonly byFact = new Map<string, Set<Item>>();
  private readonly byEntry = new Map<string, Set<Item>>();
  /** Items by the numbers their stated text writes. */
  private readonly byNumber = new Map<string, Set<Item>>();
  /** Items by the digit bigrams of their stated text. */
  private readonly byBigram = new Map<string, Set<Item>>();
  /** Items by the number of a keyed answer figure. */
  private readonly byFigureNumber = new Map<string, Set<Item>>();
  /** Items by a loose answer figure. */
  private readonly byLooseFigure = new Map<string, Set<Item>>();
  /** Lengths of the listed items' loose figures, with how many figures have each. */
  private readonly looseLengths = new Map<number, number>();

  has(item: Item): boolean {
    return this.items.has(item);
  }

  add(item: Item): void {
    if (this.items.has(item)) return;
    this.items.add(item);
    this.update(item, put, 1);
  }

  remove(item: Item): void {
    if (!this.items.delete(item)) return;
    this.update(item, drop, -1);
  }

  private update(item: Item, change: typeof put, by: 1 | -1): void {
    const k = keysOf(item);
    for (const f of k.facts) change(this.byFact, f, item);
    for (const e of k.entries) change(this.byEntry, e, item);
    for (const n of k.numbers) change(this.byNumber, n, item);
    for (const b of k.bigrams) change(this.byBigram, b, item);
    for (const [, n] of k.keyed) change(this.byFigureNumber, n, item);
    for (const g of k.loose) {
      change(this.byLooseFigure, g, item);
      const left = (this.looseLengths.get(g.length) ?? 0) + by;
      if (left > 0) this.looseLengths.set(g.length, left);
      else this.looseLengths.delete(g.length);
    }
  }

  /** Listed items that may clash with `item` (never `item` itself). */
  candidates(item: Item): Set<Item> {
    const out = new Set<Item>();
    const k = keysOf(item);
    const addAll = (set: Set<Item> | undefined): void => {
      if (set) for (const c of set) out.add(c);
    };
    for (const f of k.facts) addAll(this.byFact.get(f));
    for (const e of k.entries) addAll(this.byEntry.get(e));
    // Listed items whose stated text may hold one of `item`'s answer figures.
    for (const [, n] of k.keyed) addAll(this.byNumber.get(n));
    for (const g of k.loose) addAll(this.rarestBigram(g));
    // Listed items whose answer figure may be written in `item`'s stated text.
    for (const n of k.numbers) addAll(this.byFigureNumber.get(n));
    const text = statedText(item);
    for (const length of this.looseLengths.keys()) {
      for (let i = 0; i + length <= text.length; i++) addAll(this.byLooseFigure.get(text.slice(i, i + length)));
    }
    out.delete(item);
    return out;
  }

  /** Listed items whose text holds the figure's rarest digit bigram (every item when it has none). */
  private rarestBigram(figure: string): Set<Item> | undefined {
    let rarest: Set<Item> | undefined;
    let any = false;
    for (let i = 0; i + 2 <= figure.length; i++) {
      const b = figure.slice(i, i + 2);
      if (!/\d/.test(b)) continue;
      any = true;
      const set = this.byBigram.get(b);
      if (!set) return undefined;
      if (!rarest || set.size < rarest.size) rarest = set;
    }
    return any ? rarest : this.items;
  }
}
