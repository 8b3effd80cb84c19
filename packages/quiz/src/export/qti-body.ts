import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Item } from '../model/item.js';
import { clozeSegments } from './cloze-segments.js';
import { displayOrder, rightOrder } from './correct-answer.js';
import type { ExportLabels } from './labels.js';
import { addLines, addParagraphs } from './qti-text.js';

/**
 * The `itemBody`: the stem as paragraphs, then the interaction. Options keep the quiz's (already shuffled)
 * order, so `shuffle="false"`; identifiers are positional in the correct order (C1…, L1/R1…, E1…).
 */
export function addItemBody(parent: XMLBuilder, item: Item, labels: ExportLabels): void {
  const body = parent.ele('itemBody');
  addParagraphs(body, item.stem);
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const max = item.type === 'single' ? '1' : '0';
      const interaction = body.ele('choiceInteraction', {
        responseIdentifier: 'RESPONSE',
        shuffle: 'false',
        maxChoices: max,
      });
      item.options.forEach((o, i) => {
        addLines(interaction.ele('simpleChoice', { identifier: `C${i + 1}` }), o.text);
      });
      return;
    }
    case 'true-false': {
      const interaction = body.ele('choiceInteraction', {
        responseIdentifier: 'RESPONSE',
        shuffle: 'false',
        maxChoices: '1',
      });
      interaction.ele('simpleChoice', { identifier: 'TRUE' }).txt(labels.trueLabel);
      interaction.ele('simpleChoice', { identifier: 'FALSE' }).txt(labels.falseLabel);
      return;
    }
    case 'numeric':
    case 'short': {
      const p = body.ele('p');
      p.ele('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: '20' });
      if (item.type === 'numeric' && item.unit) addLines(p, ` ${item.unit}`);
      return;
    }
    case 'cloze': {
      const p = body.ele('p');
      for (const s of clozeSegments(item)) {
        if (s.kind === 'text') addLines(p, s.text);
        else p.ele('textEntryInteraction', { responseIdentifier: `RESPONSE_${s.number}`, expectedLength: '15' });
      }
      return;
    }
    case 'matching': {
      const n = String(item.pairs.length);
      const interaction = body.ele('matchInteraction', {
        responseIdentifier: 'RESPONSE',
        shuffle: 'false',
        maxAssociations: n,
      });
      const left = interaction.ele('simpleMatchSet');
      item.pairs.forEach((p, i) => {
        addLines(left.ele('simpleAssociableChoice', { identifier: `L${i + 1}`, matchMax: '1' }), p.left);
      });
      const right = interaction.ele('simpleMatchSet');
      const index = new Map(item.pairs.map((p, i) => [p.id, i]));
      for (const id of rightOrder(item)) {
        const i = index.get(id) ?? 0;
        addLines(
          right.ele('simpleAssociableChoice', { identifier: `R${i + 1}`, matchMax: '1' }),
          item.pairs[i]?.right ?? '',
        );
      }
      return;
    }
    case 'ordering': {
      const interaction = body.ele('orderInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'false' });
      const index = new Map(item.sequence.map((e, i) => [e.id, i]));
      for (const id of displayOrder(item)) {
        const i = index.get(id) ?? 0;
        addLines(interaction.ele('simpleChoice', { identifier: `E${i + 1}` }), item.sequence[i]?.text ?? '');
      }
      return;
    }
  }
}
