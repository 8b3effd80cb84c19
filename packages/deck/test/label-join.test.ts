import { describe, expect, it } from 'vitest';
import { buildDeckModel, renderMarpMarkdown } from '../src/index.js';
import { ENGLISH_CHECKPOINT, englishNarrative } from './fixtures/english-narrative.js';
import { smallNarrative } from './fixtures/small-narrative.js';

/** The Markdown block of the first slide of a layout. */
const block = (md: string, layout: string): string =>
  md.split('\n---\n\n').find((b) => b.includes(`<!-- _class: ${layout}`)) ?? '';

describe('“Label: value” lines keep the space of the English join', () => {
  const md = renderMarpMarkdown(buildDeckModel(englishNarrative(), { checkpoints: [ENGLISH_CHECKPOINT] }));

  it('on the title slide and the sources slide', () => {
    expect(block(md, 'title')).toContain('Source\\: Cloud Ledger · Hannah Kessler · 2024\\-10\\-31');
    expect(block(md, 'sources')).toContain('Source\\: Cloud Ledger');
    expect(md).not.toMatch(/Source\\:\S/);
  });

  it('on the checkpoint answer slide', () => {
    const answer = block(md, 'checkpoint-answer');
    expect(answer).toContain('**Answer\\: AWS grew 19% while rivals grew faster.**');
    expect(answer).toContain('Why\\: The point of part 1');
  });

  it('and Chinese keeps its full-width colon without a space', () => {
    const narrative = { ...smallNarrative(), source: { publication: '云观察', author: '林然' } };
    const zh = renderMarpMarkdown(buildDeckModel(narrative));
    expect(block(zh, 'title').replace(/\u2060/g, '')).toContain('来源：云观察 · 林然');
  });
});
