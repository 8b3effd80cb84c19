import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/helpers.js';
import { entityName } from './entity-name.js';
import { indexNarrative } from './index-narrative.js';

describe('indexNarrative and entityName', () => {
  it('maps every id to its object', async () => {
    const { narrative } = await loadFixture('valid-minimal');
    const index = indexNarrative(narrative!);
    expect([...index.paragraphs.keys()]).toEqual(['growth', 'retail-stumble', 'cloud-fall-p3']);
    expect(index.facts.get('revenue-2021')?.value).toBe(4600);
    expect(index.sections.get('cloud-fall')?.file).toBe('sections/01-cloud-fall.md');
    expect(index.objectives.has('explain-slowdown')).toBe(true);
    expect(index.items.get('q-revenue-1996')?.type).toBe('single');
    expect(index.events.size).toBe(1);
    expect(index.quotes.size).toBe(0);
    expect(entityName(narrative!, 'amazon')).toBe('亚马逊');
    expect(entityName(narrative!, 'unknown')).toBe('unknown');
  });
});
