import type { Narrative, Paragraph } from '@lectern/narrative';
import { buildItemBank, GeneratorMemo, type ItemBank } from '@lectern/quiz/model';
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
 * its paragraphs record when their text is read (`GeneratorMemo`): a new narrative equal to the last one
 * except for the text and location of paragraphs the bank never read gives the same bank (a prose edit of a
 * paragraph no fact, quote, event or item cites). Everything else (ids, frontmatter) is compared. Otherwise the
 * bank is built again, re-running only the generators that read what changed.
 */
export class BankCache {
  private last: Kept | undefined;
  private readonly generators = new GeneratorMemo();
  /** How many times `get` returned the kept bank. */
  hits = 0;

  get(narrative: Narrative): ItemBank {
    if (this.last && keyOf(narrative, this.last.read) === this.last.key) {
      this.hits += 1;
      return this.last.bank;
    }
    this.last = undefined;
    const bank = buildItemBank(narrative, {}, this.generators);
    const read = this.generators.lastReads(bank);
    if (read) this.last = { key: keyOf(narrative, read), read, bank };
    return bank;
  }
}

/** Paragraph fields a prose edit changes (the text, and the end of its location). */
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
