import type { Narrative, Paragraph } from '@lectern/narrative';
import { buildItemBank, type ItemBank } from '@lectern/quiz/model';
import { digest } from './digest.js';

interface Kept {
  /** A digest of the narrative serialised with the text of every paragraph the bank did not read left out. */
  key: string;
  /** The paragraph fields (`id` + NUL + `text` or `loc`) the bank read while it was built. */
  read: ReadonlySet<string>;
  bank: ItemBank;
}

/**
 * Keeps the last item bank and reuses it while nothing the bank read changed. `buildItemBank` is pure, and
 * it is run on a copy of the narrative whose paragraphs record when their text is read: a new narrative equal
 * to the last one except for the text and location of paragraphs the bank never read gives the same bank (a
 * prose edit of a paragraph no fact, quote, event or item cites). Everything else (ids, frontmatter) is compared.
 */
export class BankCache {
  private last: Kept | undefined;
  /** How many times `get` returned the kept bank. */
  hits = 0;

  get(narrative: Narrative): ItemBank {
    if (this.last && keyOf(narrative, this.last.read) === this.last.key) {
      this.hits += 1;
      return this.last.bank;
    }
    this.last = undefined;
    const read = new Set<string>();
    const tracked = new Set<Paragraph>();
    let recording = true;
    const track = (p: Paragraph): Paragraph => {
      const copy = { ...p };
      for (const field of TRACKED) {
        Object.defineProperty(copy, field, {
          enumerable: true,
          get: () => {
            if (recording) read.add(`${p.id}\0${field}`);
            return p[field];
          },
        });
      }
      tracked.add(copy);
      return copy;
    };
    const copy: Narrative = {
      ...narrative,
      sections: narrative.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(track) })),
    };
    const bank = buildItemBank(copy);
    recording = false;
    // A bank holding a paragraph object could show its text later without having read it now: keep nothing.
    if (!holdsAny(bank, tracked)) this.last = { key: keyOf(narrative, read), read, bank };
    return bank;
  }
}

/** Paragraph fields a prose edit changes (the text, and the end of its location); reads of them are recorded. */
const TRACKED = ['text', 'loc'] as const;

function keyOf(narrative: Narrative, read: ReadonlySet<string>): string {
  const strip = (p: Paragraph) => {
    const out: Record<string, unknown> = { ...p };
    for (const field of TRACKED) if (!read.has(`${p.id}\0${field}`)) out[field] = null;
    return out;
  };
  const sections = narrative.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(strip) }));
  return digest(JSON.stringify({ ...narrative, sections }));
}

function holdsAny(value: unknown, objects: ReadonlySet<object>, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  if (objects.has(value)) return true;
  seen.add(value);
  for (const v of Object.values(value)) if (holdsAny(v, objects, seen)) return true;
  return false;
}
