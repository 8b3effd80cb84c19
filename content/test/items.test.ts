import { describe, expect, it } from 'vitest';
import { loadDefault } from './support/load-default.js';

describe('authored quiz items follow item-writing guidelines', async () => {
  const { narrative } = await loadDefault();
  const items = narrative.sections.flatMap((s) => s.items);
  const paragraphIds = new Set(narrative.sections.flatMap((s) => s.paragraphs).map((p) => p.id));
  const choice = items.flatMap((i) => (i.type === 'single' || i.type === 'multiple' ? [i] : []));
  const citations = (text: string) => Array.from(text.matchAll(/s\d-p\d{2}/g), (m) => m[0]);

  it('mixes at least six item types and tests every objective', () => {
    expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(6);
    const tested = new Set(items.map((i) => i.objective));
    expect(narrative.objectives.map((o) => o.id).filter((o) => !tested.has(o))).toEqual([]);
  });

  it('keys single-answer items once and multiple-answer items more than once', () => {
    for (const i of choice) {
      const keys = i.options.filter((o) => o.correct).length;
      if (i.type === 'single') expect(keys, i.id).toBe(1);
      else expect(keys > 1 && keys < i.options.length, i.id).toBe(true);
    }
  });

  it('writes distinct options, none of them “all/none of the above”', () => {
    for (const i of choice) {
      const texts = i.options.map((o) => o.text);
      expect(new Set(texts).size, i.id).toBe(texts.length);
      for (const t of texts) expect(t, i.id).not.toMatch(/以上(都|皆|均|全)|都不(对|是|正确)|全部(正确|都)/);
    }
  });

  it('does not give the key away by its length', () => {
    // Display width: a CJK character is as wide as two Latin letters.
    const width = (t: string) => Array.from(t).reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
    for (const i of choice) {
      const right = i.options.filter((o) => o.correct).map((o) => width(o.text));
      const wrong = i.options.filter((o) => !o.correct).map((o) => width(o.text));
      const meanRight = right.reduce((a, b) => a + b, 0) / right.length;
      expect(meanRight, i.id).toBeLessThanOrEqual(Math.max(...wrong));
    }
  });

  it('explains every wrong option and cites the text in every rationale', () => {
    for (const i of choice)
      for (const o of i.options) if (!o.correct) expect(o.feedback, `${i.id}: ${o.text}`).toBeTruthy();
    for (const i of items) {
      const cited = [
        i.rationale,
        ...(i.type === 'single' || i.type === 'multiple' ? i.options.map((o) => o.feedback ?? '') : []),
      ].flatMap(citations);
      expect(cited.length, i.id).toBeGreaterThan(0);
      expect(
        cited.filter((p) => !paragraphIds.has(p)),
        i.id,
      ).toEqual([]);
    }
  });

  it('avoids negative stems', () => {
    for (const i of items) expect(i.stem, i.id).not.toMatch(/不正确|错误的是|不属于|不包括/);
  });

  it('computes numeric and cloze answers from the facts they test', () => {
    const facts = new Map(narrative.sections.flatMap((s) => s.facts).map((f) => [f.id, f.value]));
    const gap = items.find((i) => i.id === 's1-growth-gap');
    expect(gap?.type === 'numeric' && gap.answer).toBe(
      facts.get('azure-growth-2023q1')! - facts.get('aws-growth-2023q1')!,
    );
    const share = items.find((i) => i.id === 's2-market-share-cloze');
    const sum = facts.get('azure-market-share-2022q3')! + facts.get('google-cloud-market-share-2022q3')!;
    // Gaps read `{{answer|alternative}}`; the first answer is the canonical one.
    const gaps = share?.type === 'cloze' ? Array.from(share.text.matchAll(/\{\{([^|}]+)/g), (m) => m[1]) : [];
    expect(gaps).toEqual([`${facts.get('aws-market-share-2022q3')}%`, `${sum}%`]);
  });
});
