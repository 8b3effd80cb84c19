import { describe, expect, it } from 'vitest';
import { loadDefault } from './support/load-default.js';
import { NOT_FACTS } from './support/not-facts.js';
import { type WrittenNumber, numbersInDate, writtenNumbers } from './support/numbers.js';
import { paragraphsByLine, sourceParts } from './support/source-parts.js';

describe('every number in source.txt is a fact, a date, or a listed non-fact', async () => {
  const { narrative, sourceLines } = await loadDefault();
  const parts = sourceParts(sourceLines);
  const paragraphOfLine = paragraphsByLine(
    parts,
    narrative.sections.map((s) => s.paragraphs.map((p) => p.id)),
  );
  const facts = narrative.sections.flatMap((s) => s.facts);
  const events = narrative.sections.flatMap((s) => s.events);
  const numbers = writtenNumbers(sourceLines);

  /** True when a fact or event of the number's own paragraph states it. */
  function covered(n: WrittenNumber): boolean {
    const paragraph = paragraphOfLine.get(n.line);
    if (n.value === undefined || paragraph === undefined) return false;
    const v = n.value;
    return (
      facts.some(
        (f) =>
          f.paragraph === paragraph &&
          (f.value === v || (f.unit === '%' && f.value === v * 100) || numbersInDate(f.period ?? '').includes(v)),
      ) || events.some((e) => e.paragraph === paragraph && numbersInDate(e.date).includes(v))
    );
  }

  it('finds the numbers of the text (sanity check of the extraction)', () => {
    const words = numbers.map((n) => n.word);
    for (const w of ['1500', '4600', '29.4', '27000', '3300', '1600', 'Graviton2', '四分之一', '十几', '千'])
      expect(words).toContain(w);
    expect(numbers.length).toBeGreaterThan(120);
  });

  it('leaves no number uncovered, and lists no number a fact already covers', () => {
    const unused = [...NOT_FACTS];
    const uncovered: string[] = [];
    for (const n of numbers) {
      if (covered(n)) continue;
      const listed = unused.findIndex((x) => x.line === n.line && x.word === n.word);
      if (listed >= 0) unused.splice(listed, 1);
      else uncovered.push(`line ${n.line}: ${n.word}`);
    }
    expect(uncovered).toEqual([]);
    // An entry left over is stale or redundant: it could hide a number a later edit stops covering.
    expect(unused.map((x) => `line ${x.line}: ${x.word}`)).toEqual([]);
  });
});
