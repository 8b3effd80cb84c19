import { createHash } from 'node:crypto';
import type { Narrative, Paragraph } from '@lectern/narrative';
import type { GeneratorContext } from '../generators/context.js';
import type { Generator } from '../generators/generator.js';
import type { Item } from '../model/item.js';

/** Paragraph fields a prose edit changes (the text, and its location); reads of them are recorded. */
const TRACKED = ['text', 'loc'] as const;
type Tracked = (typeof TRACKED)[number];

interface Kept {
  /** The digest of everything but the paragraphs' text and location, when the items were made. */
  base: string;
  /** The paragraph fields the generator read (`id` NUL field → the value, as JSON). */
  reads: ReadonlyMap<string, string>;
  items: Item[];
  /** The phrasings the generator recorded (`context.phrase`), in order. */
  phrasings: [string, readonly string[]][];
}

/** The key of a paragraph field in the read sets: the paragraph id, NUL, the field. */
export const fieldKey = (id: string, field: Tracked): string => `${id}\0${field}`;

/**
 * What a long-lived bank builder (watch mode) keeps between builds of one narrative's bank: each generator's
 * items, with the paragraph fields it read while making them, and the items already validated. A generator
 * runs again only when something it could have read changed: anything but the paragraphs' text and location
 * (compared as a digest), or the text or location of a paragraph it read. An edit of one paragraph re-runs the
 * generators that read it; the others' items (the same objects) are kept, so neither their validation nor
 * their per-item lint (kept per item object) is redone. The bank equals a fresh build's.
 *
 * Generators are pure functions of their context, whose paragraphs record who reads them.
 */
export class GeneratorMemo {
  private readonly kept = new Map<string, Kept>();
  private readonly validated = new WeakSet<Item>();
  /** The reads of the generator running now, else of whatever else reads (authored items, the context). */
  private reads: Map<string, string> | undefined;
  private outside = new Map<string, string>();
  private used: string[] = [];
  private base = '';
  private copies = new WeakSet<object>();
  private current: ReadonlyMap<string, string> = new Map();
  /** How many generator runs the memo saved in the last build (tests read it). */
  hits = 0;

  /**
   * Starts a build: a copy of `narrative` whose paragraphs record reads of their text and location. `options`
   * (language, seed) and the rest of the narrative are kept as a digest.
   */
  track(narrative: Narrative, options: unknown): Narrative {
    const current = new Map<string, string>();
    const copies = new WeakSet<object>();
    const copy = (p: Paragraph): Paragraph => {
      const out = { ...p };
      copies.add(out);
      for (const field of TRACKED) {
        const value = JSON.stringify(p[field] ?? null);
        current.set(fieldKey(p.id, field), value);
        Object.defineProperty(out, field, {
          enumerable: true,
          get: () => {
            (this.reads ?? this.outside).set(fieldKey(p.id, field), value);
            return p[field];
          },
        });
      }
      return out;
    };
    const plain = (p: Paragraph) => ({ ...p, text: null, loc: null });
    const rest = {
      ...narrative,
      sections: narrative.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(plain) })),
    };
    this.base = createHash('sha256')
      .update(JSON.stringify([rest, options]))
      .digest('base64');
    this.current = current;
    this.copies = copies;
    this.outside = new Map();
    this.used = [];
    this.hits = 0;
    return { ...narrative, sections: narrative.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(copy) })) };
  }

  /** The generator's items: the kept ones when nothing it read changed, else a fresh run (kept for next time). */
  run(generator: Generator, context: GeneratorContext): Item[] {
    this.used.push(generator.name);
    const phrasings = context.phrasings as Map<string, readonly string[]>;
    const kept = this.kept.get(generator.name);
    if (kept && kept.base === this.base && [...kept.reads].every(([key, value]) => this.current.get(key) === value)) {
      this.hits += 1;
      for (const [text, variants] of kept.phrasings) phrasings.set(text, variants);
      return kept.items;
    }
    this.kept.delete(generator.name);
    const reads = new Map<string, string>();
    const recorded: [string, readonly string[]][] = [];
    const own: GeneratorContext = {
      ...context,
      phrase: (variants, key, values) => {
        const text = context.phrase(variants, key, values);
        recorded.push([text, phrasings.get(text)!]);
        return text;
      },
    };
    this.reads = reads;
    let items: Item[];
    try {
      items = generator.generate(own);
    } finally {
      this.reads = undefined;
    }
    // An item holding a paragraph would show its text later without having read it now: keep nothing.
    if (!this.holdsParagraph(items))
      this.kept.set(generator.name, { base: this.base, reads, items, phrasings: recorded });
    return items;
  }

  /** Whether the item is valid; `check` runs once per item object. */
  isValid(item: Item, check: (item: Item) => boolean): boolean {
    if (this.validated.has(item)) return true;
    const ok = check(item);
    if (ok) this.validated.add(item);
    return ok;
  }

  /**
   * The paragraph fields (`fieldKey`) the last build read, generators and all, or undefined when a bank of it
   * could show paragraph text it did not read (an item holds a paragraph), so the bank must not be reused.
   */
  lastReads(bank: unknown): ReadonlySet<string> | undefined {
    if (this.used.some((name) => !this.kept.has(name)) || this.holdsParagraph(bank)) return undefined;
    const all = new Set(this.outside.keys());
    for (const name of this.used) for (const key of this.kept.get(name)!.reads.keys()) all.add(key);
    return all;
  }

  private holdsParagraph(value: unknown, seen = new Set<object>()): boolean {
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    if (this.copies.has(value)) return true;
    seen.add(value);
    for (const v of Object.values(value)) if (this.holdsParagraph(v, seen)) return true;
    return false;
  }
}
