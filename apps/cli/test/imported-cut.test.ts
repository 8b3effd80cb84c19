import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRequest, runCourse } from '@lectern/course';
import { loadNarrative } from '@lectern/narrative';
import { afterEach, expect, it } from 'vitest';
import { importArticle } from '../src/commands/import.js';
import { ioFor, tempProject } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../packages/import/test/corpus/', import.meta.url));
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

it('builds a cut by message from an imported article: title, thesis, a carrier per part, conclusion, in budget', async () => {
  const p = tempProject();
  cleanup = p.cleanup;
  expect(await importArticle({ file: path.join(CORPUS, 'en-cloud-quarter.md'), id: 'cloud' }, ioFor(p.dir))).toBe(0);
  const dir = path.join(p.dir, 'content/cloud');
  // A cut as an author adds one: a budget only, no thesis or carry list, and no checkpoints asked for.
  appendFileSync(path.join(dir, 'narrative.yaml'), '\ncuts:\n  - id: brief\n    maxSlides: 6\n    appendix: false\n');
  const { narrative, findings } = await loadNarrative(dir);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  const run = runCourse(narrative!, buildRequest({ cuts: ['full', 'brief'], formats: ['md'] }));
  const full = run.decks.find((d) => d.cut === 'full')!.deck;
  const brief = run.decks.find((d) => d.cut === 'brief')!.deck;
  expect(full.slides.length).toBeGreaterThan(6);
  const layouts = brief.slides.map((s) => s.layout);
  expect(brief.slides.length).toBeLessThanOrEqual(6);
  expect(layouts[0]).toBe('title');
  expect(brief.slides[1]).toMatchObject({ layout: 'summary', title: 'The argument' });
  expect(layouts.some((l) => l.startsWith('checkpoint'))).toBe(false);
  const sections = narrative!.sections;
  expect(brief.slides.at(-1)!.sectionId).toBe(sections.at(-1)!.id);
  // Every figure a carrier shows is a fact of the section it stands for, and a chart's caption is its facts' words.
  const statements = new Map(sections.flatMap((s) => s.facts.map((f) => [f.id, f] as const)));
  for (const slide of brief.slides.slice(2, -1)) {
    expect(sections.slice(0, -1).map((s) => s.id)).toContain(slide.sectionId);
    if (slide.layout === 'chart' && slide.data.caption !== undefined) {
      const own = slide.data.points.flatMap((pt) => (pt.factId ? [statements.get(pt.factId)!] : []));
      expect(own.every((f) => f.sectionId === slide.sectionId)).toBe(true);
      const left = own.reduce((t, f) => t.split(f.statement).join(''), slide.data.caption).trim();
      expect(left).toBe('');
    }
  }
}, 300_000);
