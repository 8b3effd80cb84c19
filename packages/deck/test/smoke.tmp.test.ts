import { writeFileSync, mkdirSync } from 'node:fs';
import { loadNarrative } from '@lectern/narrative';
import { test } from 'vitest';
import { buildDeckModel, lintDeck, renderDeckFiles } from '../src/index.js';

test('smoke', async () => {
  const { narrative } = await loadNarrative('/work/main/content/amazon-aws-2023');
  for (const [cut, theme] of [['full', 'lectern'], ['executive', 'lectern-dark'], ['ai-strategy', 'gaia']] as const) {
    const deck = buildDeckModel(narrative!, { cut, theme });
    console.log(cut, deck.slides.length, lintDeck(deck, narrative!));
    const files = renderDeckFiles(deck);
    const dir = `/tmp/deckout/${cut}`;
    mkdirSync(`${dir}/charts`, { recursive: true });
    for (const [p, t] of Object.entries(files)) writeFileSync(`${dir}/${p}`, t);
    console.log(cut, 'html bytes', files['deck.html']!.length);
  }
}, 60000);
