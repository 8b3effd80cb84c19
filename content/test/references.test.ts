import { describe, expect, it } from 'vitest';
import { loadDefault } from './support/load-default.js';
import { chineseValue } from './support/numbers.js';

/** Ids that occur more than once. */
function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('facts, quotes, events and references of the default narrative', async () => {
  const { narrative, findings } = await loadDefault();
  const sections = narrative.sections;
  const paragraphs = new Map(sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p]));
  const entities = new Set(narrative.entities.map((e) => e.id));
  const facts = sections.flatMap((s) => s.facts);
  const quotes = sections.flatMap((s) => s.quotes);
  const events = sections.flatMap((s) => s.events);
  const items = sections.flatMap((s) => s.items);

  it('loads through @lectern/narrative with zero findings', () => {
    expect(findings).toEqual([]);
  });

  it('has at least 40 facts, 12 authored items and 4–8 objectives', () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(narrative.objectives.length).toBeGreaterThanOrEqual(4);
    expect(narrative.objectives.length).toBeLessThanOrEqual(8);
  });

  it('keeps ids unique within each kind', () => {
    for (const ids of [
      narrative.entities.map((e) => e.id),
      narrative.objectives.map((o) => o.id),
      narrative.editorialChanges.map((c) => c.id),
      narrative.cuts.map((c) => c.id),
      sections.map((s) => s.id),
      [...sections.flatMap((s) => s.paragraphs).map((p) => p.id)],
      facts.map((f) => f.id),
      quotes.map((q) => q.id),
      events.map((e) => e.id),
      items.map((i) => i.id),
    ]) {
      expect(duplicates(ids)).toEqual([]);
    }
  });

  it('gives every fact evidence that occurs in its paragraph and writes its value', () => {
    for (const f of facts) {
      const text = paragraphs.get(f.paragraph)?.text ?? '';
      expect(text, f.id).toContain(f.evidence);
      const digits = String(f.value);
      const chinese = Array.from(f.evidence.matchAll(/[一二两三四五六七八九十百千]+几?/g), (m) => chineseValue(m[0]));
      // 四分之一 as 25 %: a fraction X分之Y is Y/X, recorded as a percentage.
      const fractions = Array.from(f.evidence.matchAll(/.分之./g), (m) =>
        Math.round((chineseValue(m[0]) ?? Number.NaN) * 100),
      );
      const states =
        f.evidence.includes(digits) || chinese.includes(f.value) || (f.unit === '%' && fractions.includes(f.value));
      expect(states, `${f.id}: ${f.value} in “${f.evidence}”`).toBe(true);
    }
  });

  it('resolves every subject, speaker, paragraph, fact and objective reference', () => {
    const factIds = new Set(facts.map((f) => f.id));
    const objectives = new Set(narrative.objectives.map((o) => o.id));
    const sectionIds = new Set(sections.map((s) => s.id));
    const dangling: string[] = [];
    const need = (ok: boolean, what: string) => ok || dangling.push(what);
    for (const f of facts) need(entities.has(f.subject) && paragraphs.has(f.paragraph), `fact ${f.id}`);
    for (const q of quotes) need(entities.has(q.speaker) && paragraphs.has(q.paragraph), `quote ${q.id}`);
    for (const e of events)
      need((e.subject === undefined || entities.has(e.subject)) && paragraphs.has(e.paragraph), `event ${e.id}`);
    for (const i of items) {
      need(objectives.has(i.objective), `item ${i.id} objective`);
      for (const p of i.tests.paragraphs) need(paragraphs.has(p), `item ${i.id} paragraph ${p}`);
      for (const f of i.tests.facts) need(factIds.has(f), `item ${i.id} fact ${f}`);
    }
    for (const o of narrative.objectives) for (const s of o.sections) need(sectionIds.has(s), `objective ${o.id}`);
    for (const c of narrative.cuts) for (const s of c.sections ?? []) need(sectionIds.has(s), `cut ${c.id}`);
    for (const c of narrative.editorialChanges)
      need(c.paragraph === undefined || paragraphs.has(c.paragraph), `change ${c.id}`);
    expect(dangling).toEqual([]);
  });

  it('quotes every direct quotation verbatim from its paragraph', () => {
    for (const q of quotes) expect(paragraphs.get(q.paragraph)?.text, q.id).toContain(q.text);
    // Every “…” spoken by someone is recorded: the ones by 安迪·杰西, Coda's CEO, the sceptics and 《孙子兵法》.
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['jassy', 'coda-ceo', 'amazon-insiders', 'sunzi']));
  });

  it('forms comparable groups: same kind and unit, at least two facts each', () => {
    const groups = new Map<string, typeof facts>();
    for (const f of facts) if (f.group !== undefined) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    for (const [group, members] of groups) {
      expect(members.length, group).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((f) => `${f.kind}/${f.unit}`)).size, group).toBe(1);
    }
    for (const g of [
      'cloud-growth-2023q1',
      'cloud-market-share-2022q3',
      'industry-layoffs',
      'amazon-net-income',
      'aws-chip-claims',
    ]) {
      expect(groups.has(g), g).toBe(true);
    }
    expect(groups.get('cloud-growth-2023q1')!.map((f) => [f.subject, f.value])).toEqual([
      ['aws', 16],
      ['azure', 27],
      ['google-cloud', 28],
    ]);
  });

  it('names every company, product, person and organisation the brief lists', () => {
    const names = new Set(narrative.entities.flatMap((e) => [e.name, ...e.aliases]));
    const expected = [
      '亚马逊',
      'Amazon',
      'AWS',
      '微软',
      'Azure',
      'Azure ML',
      '谷歌云',
      '阿里云',
      'Salesforce',
      'Zoom',
      'Twilio',
      'OpenAI',
      'Synergy Research',
      'Coda',
      'AI21 Labs',
      'Anthropic',
      'Stability AI',
      'Graviton2',
      'Graviton3',
      'Trainium',
      'Trn1',
      'Trn1n',
      'Inf2',
      'Inferentia',
      'Bedrock',
      'Titan',
      'Titan Text',
      'Titan Embeddings',
      'CodeWhisperer',
      'Alexa',
      'Echo',
      'Astro',
      'Burnham',
      'Amazon Go',
      'ChatGPT',
      '安迪·杰西',
      '贝索斯',
      'Coda首席执行官',
    ];
    expect(expected.filter((n) => !names.has(n))).toEqual([]);
  });

  it('dates the timeline, with the precision its date string has', () => {
    const dates = events.map((e) => e.date).sort();
    for (const d of ['1996', '2008', '2014', '2015', '2018', '2019', '2021-07', '2022', '2023-Q1', '2023-04-13'])
      expect(dates).toContain(d);
    const precisionOf = (d: string) => (/Q/.test(d) ? 'quarter' : ['year', 'month', 'day'][d.split('-').length - 1]);
    for (const e of events) expect(e.precision, e.id).toBe(precisionOf(e.date));
  });
});
