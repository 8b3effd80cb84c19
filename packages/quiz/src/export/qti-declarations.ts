import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import { exactShares } from './exact-shares.js';
import { plainNumber } from './numbers.js';
import { normalizeText } from './text-safety.js';

type Entry = [key: string, value: number];

function declare(
  parent: XMLBuilder,
  identifier: string,
  cardinality: 'single' | 'multiple' | 'ordered',
  baseType: string,
  correct: string[],
  mapping?: { entries: Entry[]; caseSensitive?: boolean },
): void {
  const decl = parent.ele('responseDeclaration', { identifier, cardinality, baseType });
  const values = decl.ele('correctResponse');
  for (const v of correct) values.ele('value').txt(v);
  if (!mapping) return;
  const map = decl.ele('mapping', { lowerBound: '0', upperBound: '1', defaultValue: '0' });
  for (const [mapKey, value] of mapping.entries) {
    const attrs: Record<string, string> = { mapKey, mappedValue: plainNumber(value) };
    if (mapping.caseSensitive === false) attrs.caseSensitive = 'false';
    map.ele('mapEntry', attrs);
  }
}

/** Accepted text answers as mapping entries, each worth `value`; duplicates after case folding dropped. */
function textEntries(answers: string[], value: number): Entry[] {
  // Note: every accepted answer maps to the gap's full share; the mapping's upperBound caps the sum.
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const answer of answers.map(normalizeText)) {
    const key = answer.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push([answer, value]);
  }
  return entries;
}

/**
 * The `correctResponse` values of a text entry: the canonical answer, or every accepted answer when
 * `allAnswers` — Canvas's importer (qti_exporter `FillInTheBlank#process_text_entry`) reads only
 * `correctResponse > value` and ignores the mapping, so alternatives would be lost.
 */
function correctTexts(answers: string[], allAnswers: boolean): string[] {
  const texts = answers.map(normalizeText);
  return allAnswers ? [...new Set(texts)] : texts.slice(0, 1);
}

/**
 * Response declarations: `RESPONSE` (or `RESPONSE_1…` for cloze gaps), with correct responses and mappings.
 * `allAnswers` lists every accepted text answer as a correct response (for Canvas).
 */
export function addResponseDeclarations(parent: XMLBuilder, item: Item, allAnswers = false): void {
  switch (item.type) {
    case 'single':
      declare(
        parent,
        'RESPONSE',
        'single',
        'identifier',
        item.options.flatMap((o, i) => (o.correct ? [`C${i + 1}`] : [])),
      );
      return;
    case 'multiple': {
      const right = exactShares(1, item.options.filter((o) => o.correct).length);
      const wrong = exactShares(-1, item.options.filter((o) => !o.correct).length);
      const entries = item.options.map((o, i): Entry => [`C${i + 1}`, (o.correct ? right : wrong).shift()!]);
      const correct = item.options.flatMap((o, i) => (o.correct ? [`C${i + 1}`] : []));
      declare(parent, 'RESPONSE', 'multiple', 'identifier', correct, { entries });
      return;
    }
    case 'true-false':
      declare(parent, 'RESPONSE', 'single', 'identifier', [item.answer ? 'TRUE' : 'FALSE']);
      return;
    case 'numeric':
      declare(parent, 'RESPONSE', 'single', 'float', [plainNumber(item.answer)]);
      return;
    case 'short':
      declare(parent, 'RESPONSE', 'single', 'string', correctTexts(item.answers, allAnswers), {
        entries: textEntries(item.answers, 1),
        caseSensitive: false,
      });
      return;
    case 'cloze': {
      const shares = exactShares(1, item.gaps.length);
      item.gaps.forEach((gap, i) => {
        declare(parent, `RESPONSE_${i + 1}`, 'single', 'string', correctTexts(gap.answers, allAnswers), {
          entries: textEntries(gap.answers, shares[i]!),
          caseSensitive: false,
        });
      });
      return;
    }
    case 'matching': {
      const pairs = item.pairs.map((_, i) => `L${i + 1} R${i + 1}`);
      const shares = exactShares(1, pairs.length);
      const entries = pairs.map((p, i): Entry => [p, shares[i]!]);
      declare(parent, 'RESPONSE', 'multiple', 'directedPair', pairs, { entries });
      return;
    }
    case 'ordering':
      declare(
        parent,
        'RESPONSE',
        'ordered',
        'identifier',
        item.sequence.map((_, i) => `E${i + 1}`),
      );
      return;
  }
}

/** SCORE (0–1), MAXSCORE (1) and FEEDBACK (which modal feedback blocks to show). */
export function addOutcomeDeclarations(parent: XMLBuilder): void {
  parent
    .ele('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue')
    .ele('value')
    .txt('0');
  parent
    .ele('outcomeDeclaration', { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue')
    .ele('value')
    .txt('1');
  parent.ele('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'multiple', baseType: 'identifier' });
}
