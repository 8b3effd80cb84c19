import { existsSync } from 'node:fs';
import { loadNarrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { createMarp } from '../src/html/marp-engine.js';
import { renderDeckHtmlParts } from '../src/html/render-deck-html.js';
import { buildDeckModel, createDeckRenderer, type DeckModel, renderDeckFiles, renderDeckHtml } from '../src/index.js';
import { speakerNotes } from '../src/render/speaker-notes.js';
import { englishNarrative } from './fixtures/english-narrative.js';
import { smallNarrative } from './fixtures/small-narrative.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;

/** Notes a Marp comment could mistake for something else: YAML mappings and directives, comment ends, blank notes. */
const AWKWARD = [
  'theme: gaia\n_class: lead',
  '? _class\n: x',
  'a -- b --> c <!-- d --!> e',
  '   ',
  '- a list\n- of items',
  '---',
  'first paragraph\n\n\n  second: paragraph  \n',
  '"quoted": yes',
  'ends with a dash -',
];

function awkward(deck: DeckModel): DeckModel {
  return { ...deck, slides: deck.slides.map((s, i) => ({ ...s, notes: AWKWARD[i % AWKWARD.length]! })) };
}

async function decks(): Promise<[string, DeckModel][]> {
  const out: [string, DeckModel][] = [
    ['small', buildDeckModel(smallNarrative())],
    ['english', buildDeckModel(englishNarrative())],
    ['small, awkward notes', awkward(buildDeckModel(smallNarrative()))],
  ];
  if (existsSync(`${DIR}narrative.yaml`)) {
    const { narrative } = await loadNarrative(DIR);
    for (const cut of ['full', ...(narrative!.cuts ?? []).map((c) => c.id)])
      out.push([`default ${cut}`, buildDeckModel(narrative!, { cut })]);
  }
  return out;
}

// deck.html gives Marp the slides without their notes and takes the notes from the model: these tests hold
// that to what Marp makes of deck.md's Markdown with the notes in it.
describe('speaker notes taken from the model', async () => {
  const cases = await decks();

  it.each(cases)('%s: are the notes Marp collects from the Markdown', (_name, deck) => {
    const renderer = createDeckRenderer();
    const marp = createMarp();
    expect(speakerNotes(deck)).toEqual(marp.render(renderer.render(deck)).comments);
  });

  it.each(cases)('%s: leaving them out of the Markdown changes none of Marp’s HTML or CSS', async (_name, deck) => {
    const renderer = createDeckRenderer();
    const options = { embedFonts: false, lang: deck.language };
    const withNotes = await renderDeckHtmlParts(renderer.render(deck), options);
    const without = await renderDeckHtmlParts(renderer.render(deck, { notes: false }), options);
    expect(without.html).toBe(withNotes.html);
    expect(without.css).toBe(withNotes.css);
    expect(without.comments.every((c) => c.length === 0)).toBe(true);
  });

  it('deck.html is the page Marp makes of the Markdown with the notes', { timeout: 120_000 }, async () => {
    for (const [name, deck] of cases) {
      const files = await renderDeckFiles(deck, { embedFonts: false });
      const markdown = createDeckRenderer().render(deck);
      const fresh = await renderDeckHtml(markdown, { title: deck.title, lang: deck.language, embedFonts: false });
      expect(files['deck.html'], name).toBe(fresh);
    }
  });

  it('a change of the notes alone runs no Marp, and gives a fresh render’s page', { timeout: 120_000 }, async () => {
    const deck = buildDeckModel(smallNarrative());
    const renderer = createDeckRenderer();
    await renderDeckFiles(deck, { renderer, embedFonts: false });
    expect(renderer.stats.htmlRenders).toBe(1);
    const edited = { ...deck, slides: deck.slides.map((s, i) => (i === 1 ? { ...s, notes: `${s.notes} more` } : s)) };
    const html = (await renderDeckFiles(edited, { renderer, embedFonts: false }))['deck.html'];
    expect(renderer.stats.htmlRenders).toBe(1);
    expect(html).toContain(' more');
    expect(html).toBe((await renderDeckFiles(edited, { embedFonts: false }))['deck.html']);
  });
});
