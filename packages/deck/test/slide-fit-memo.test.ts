import { existsSync } from 'node:fs';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, SlideFitMemo } from '../src/index.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;
const present = existsSync(`${DIR}narrative.yaml`);

/** The narrative with a sentence added to the first paragraph of its second section, and a section retitled. */
function edited(narrative: Narrative, title: string): Narrative {
  const sections = narrative.sections.map((s, i) =>
    i !== 1
      ? s
      : {
          ...s,
          title,
          paragraphs: s.paragraphs.map((p, j) => (j === 0 ? { ...p, text: `${p.text}这一变化值得持续观察。` } : p)),
        },
  );
  return { ...narrative, sections };
}

describe.skipIf(!present)('SlideFitMemo', async () => {
  const { narrative } = present ? await loadNarrative(DIR) : { narrative: undefined };

  it('gives the deck a fresh build gives, for every cut, across edits and back', { timeout: 120_000 }, () => {
    const memo = new SlideFitMemo();
    const base = narrative!;
    const versions = [base, edited(base, '守正护住基本盘（修订）'), base, edited(base, '守正'), base];
    const cuts = ['full', ...base.cuts.map((c) => c.id)];
    for (const [v, version] of versions.entries()) {
      memo.nextRun();
      for (const cut of cuts) {
        const fresh = buildDeckModel(version, { cut });
        const kept = buildDeckModel(version, { cut, memo });
        expect(JSON.stringify(kept), `version ${v}, cut ${cut}`).toBe(JSON.stringify(fresh));
      }
      // Every version after the first reuses most drafts' fits.
      if (v > 0) expect(memo.hits).toBeGreaterThan(0);
    }
  });

  it('keeps only what the last two runs used', () => {
    const memo = new SlideFitMemo();
    let made = 0;
    const fit = () => {
      made += 1;
      return { drafts: [], log: [] };
    };
    const draft = (title: string) => ({ layout: 'title', title, paragraphIds: [], notes: '', data: {} }) as never;
    memo.nextRun();
    memo.use(draft('a'), 'zh-CN', 'lectern', fit);
    memo.nextRun();
    memo.use(draft('b'), 'zh-CN', 'lectern', fit);
    memo.use(draft('a'), 'zh-CN', 'lectern', fit);
    memo.use(draft('a'), 'zh-CN', 'lectern-dark', fit);
    expect(made).toBe(3);
    memo.nextRun();
    memo.nextRun();
    memo.use(draft('a'), 'zh-CN', 'lectern', fit);
    expect(made).toBe(4);
  });
});
