import type { Item } from '../model/item.js';
import { itemCues, revealedText } from '../util/item-text.js';

interface Keys {
  facts: string[];
  entries: string[];
  /** Two-character slices of the item's stated text. */
  bigrams: string[];
  figures: string[];
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
  const text = revealedText(item);
  const bigrams = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) bigrams.add(text.slice(i, i + 2));
  return {
    facts: [...new Set(item.source.factIds)],
    entries: item.type === 'ordering' ? [...new Set(item.sequence.map((e) => e.text))] : [],
    bigrams: [...bigrams],
    figures: itemCues(item),
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
 */
export class ClashIndex {
  private readonly items = new Set<Item>();
  private readonly keys = new Map<Item, Keys>();
  private readonly byFact = new Map<string, Set<Item>>();
  private readonly byEntry = new Map<string, Set<Item>>();
  private readonly byBigram = new Map<string, Set<Item>>();
  private readonly byFigure = new Map<string, Set<Item>>();
  /** Lengths of the listed items' answer figures, with how many figures have each. */
  private readonly figureLengths = new Map<number, number>();

  has(item: Item): boolean {
    return this.items.has(item);
  }

  add(item: Item): void {
    if (this.items.has(item)) return;
    const k = keysOf(item);
    this.items.add(item);
    this.keys.set(item, k);
    for (const f of k.facts) put(this.byFact, f, item);
    for (const e of k.entries) put(this.byEntry, e, item);
    for (const b of k.bigrams) put(this.byBigram, b, item);
    for (const g of k.figures) {
      put(this.byFigure, g, item);
      this.figureLengths.set(g.length, (this.figureLengths.get(g.length) ?? 0) + 1);
    }
  }

  remove(item: Item): void {
    const k = this.keys.get(item);
    if (!k) return;
    this.items.delete(item);
    this.keys.delete(item);
    for (const f of k.facts) drop(this.byFact, f, item);
    for (const e of k.entries) drop(this.byEntry, e, item);
    for (const b of k.bigrams) drop(this.byBigram, b, item);
    for (const g of k.figures) {
      drop(this.byFigure, g, item);
      const left = (this.figureLengths.get(g.length) ?? 1) - 1;
      if (left > 0) this.figureLengths.set(g.length, left);
      else this.figureLengths.delete(g.length);
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
    // Listed items whose stated text may hold one of `item`'s answer figures: those holding its rarest bigram.
    for (const g of k.figures) {
      if (g.length < 2) {
        addAll(this.items);
        continue;
      }
      let rarest: Set<Item> | undefined;
      for (let i = 0; i + 2 <= g.length; i++) {
        const set = this.byBigram.get(g.slice(i, i + 2));
        if (!set) {
          rarest = undefined;
          break;
        }
        if (!rarest || set.size < rarest.size) rarest = set;
      }
      addAll(rarest);
    }
    // Listed items whose answer figure is written in `item`'s stated text: look up each slice of a figure's length.
    const text = revealedText(item);
    for (const length of this.figureLengths.keys()) {
      for (let i = 0; i + length <= text.length; i++) addAll(this.byFigure.get(text.slice(i, i + length)));
    }
    out.delete(item);
    return out;
  }
}
