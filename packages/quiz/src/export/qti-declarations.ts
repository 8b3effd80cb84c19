import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import { plainNumber, round5 } from './numbers.js';
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

/** Response declarations: `RESPONSE` (or `RESPONSE_1…` for cloze gaps), with correct responses and mappings. */
export function addResponseDeclarations(parent: XMLBuilder, item: Item): void {
  switch (item.type) {
    case 'single':
      declare(parent, 'RESPONSE', 'single', 'identifier', item.options.flatMap((o, i) => (o.correct ? [`C${i + 1}`] : [])));
      return;
    case 'multiple': {
      const right = item.options.filter((o) => o.correct).length;
      const wrong = item.options.length - right;
      const entries = item.options.map((o, i): Entry => [`C${i + 1}`, o.correct ? round5(1 / right) : round5(-1 / wrong)]);
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
      declare(parent, 'RESPONSE', 'single', 'string', [normalizeText(item.answers[0] ?? '')], {
        entries: textEntries(item.answers, 1),
        caseSensitive: false,
      });
      return;
    case 'cloze':
      item.gaps.forEach((gap, i) => {
        declare(parent, `RESPONSE_${i + 1}`, 'single', 'string', [normalizeText(gap.answers[0] ?? '')], {
          entries: textEntries(gap.answers, round5(1 / item.gaps.length)),
          caseSensitive: false,
        });
      });
      return;
    case 'matching': {
      const pairs = item.pairs.map((_, i) => `L${i + 1} R${i + 1}`);
      const entries = pairs.map((p): Entry => [p, round5(1 / pairs.length)]);
      declare(parent, 'RESPONSE', 'multiple', 'directedPair', pairs, { entries });
      return;
    }
    case 'ordering':
      declare(parent, 'RESPONSE', 'ordered', 'identifier', item.sequence.map((_, i) => `E${i + 1}`));
      return;
  }
}

/** SCORE (0–1), MAXSCORE (1) and FEEDBACK (which modal feedback blocks to show). */
export function addOutcomeDeclarations(parent: XMLBuilder): void {
  parent.ele('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue').ele('value').txt('0');
  parent.ele('outcomeDeclaration', { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue').ele('value').txt('1');
  parent.ele('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'multiple', baseType: 'identifier' });
}
