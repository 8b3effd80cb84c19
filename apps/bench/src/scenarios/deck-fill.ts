import path from 'node:path';
import { openBrowser } from '@lectern/browser';
import { isFrameSlide, type MeasuredDeck, measureDecks } from '@lectern/course';
import { loadNarrative } from '@lectern/narrative';
import { chromiumPath, CONTENT_ROOT, DEFAULT_NARRATIVE } from '../measure/paths.js';
import type { Measure, ScenarioResult } from '../report/results.js';

const pct = (x: number) => Math.round(x * 100);

/** Fill ratios of a deck's content slides (title and section dividers left out), lowest first. */
const fills = (deck: MeasuredDeck): number[] =>
  deck.slides
    .filter((s) => !isFrameSlide(s))
    .map((s) => s.fill)
    .sort((a, b) => a - b);

/** `0–40%: 1 · 40–60%: 12 · 60–80%: 20 · 80–100%: 13`: how many content slides fall in each band. */
function bands(values: readonly number[]): string {
  const edges = [0, 0.4, 0.6, 0.8, 1.01];
  return edges
    .slice(0, -1)
    .map(
      (low, i) =>
        `${pct(low)}–${Math.min(100, pct(edges[i + 1]!))}%: ${values.filter((v) => v >= low && v < edges[i + 1]!).length}`,
    )
    .join(' · ');
}

/**
 * Every slide of every cut of the default narrative in every theme, laid out in Chromium (`measureDecks`):
 * what escapes a slide (outside its box, under the footer, clipped) and how full each content slide is (the
 * share of the height between the top padding and the footer band its content spans). Targets from #14: no
 * overflow; in the full deck at most 3 slides under 40% filled, in a message cut (executive, ai-strategy) none. The
 * size of each deck.html (fonts embedded): ≤ 400 KB for the full deck.
 */
export async function deckFill(): Promise<ScenarioResult> {
  const chrome = chromiumPath();
  if (!chrome) throw new Error('no Chromium found (set CHROME_PATH or apt-get install -y chromium fonts-noto-cjk)');
  const { narrative, findings } = await loadNarrative(path.join(CONTENT_ROOT, DEFAULT_NARRATIVE));
  if (!narrative) throw new Error(`the default narrative does not load: ${findings[0]?.message ?? ''}`);
  const session = await openBrowser({ executablePath: chrome });
  let decks: MeasuredDeck[];
  try {
    decks = await measureDecks(narrative, session);
  } finally {
    await session.close();
  }
  const measures: Measure[] = [];
  const details: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const theme of new Set(decks.map((d) => d.theme))) {
    const mine = decks.filter((d) => d.theme === theme);
    const problems = mine.reduce((n, d) => n + d.slides.filter((s) => s.problems.length > 0).length, 0);
    const full = mine.find((d) => d.cut === 'full');
    measures.push({
      label: `${theme}: slides with overflow (all cuts)`,
      value: problems,
      unit: '',
      target: { max: 0, text: '0' },
    });
    if (full) {
      const f = fills(full);
      measures.push({
        label: `${theme}: full deck, content slides under 40% filled`,
        value: f.filter((v) => v < 0.4).length,
        unit: `of ${f.length}`,
        target: { max: 3, text: '≤ 3' },
      });
      measures.push({
        label: `${theme}: full deck, median fill`,
        value: pct(f[Math.floor(f.length / 2)] ?? 0),
        unit: '%',
      });
      notes.push(`${theme}, full deck (${full.slides.length} slides): ${bands(f)}`);
    }
    for (const d of mine.filter((x) => theme === 'lectern' || x.cut === 'full')) {
      measures.push({
        label: `${theme}: ${d.cut === 'full' ? 'full deck' : `${d.cut} cut`}, deck.html size (fonts embedded)`,
        value: d.htmlBytes / 1024,
        unit: 'KB',
        // Note: the target is the seed's own deck (lectern themes); Marp's themes carry larger slide markup.
        ...(d.cut === 'full' && theme.startsWith('lectern') ? { target: { max: 400, text: '≤ 400 KB' } } : {}),
      });
    }
    for (const cut of mine.filter((d) => d.cut !== 'full')) {
      const f = fills(cut);
      measures.push({
        label: `${theme}: ${cut.cut} cut, content slides under 40% filled`,
        value: f.filter((v) => v < 0.4).length,
        unit: `of ${f.length}`,
        target: { max: 0, text: '0' },
      });
    }
    details[theme] = Object.fromEntries(
      mine.map((d) => [
        d.cut,
        d.slides.map((s) => ({ layout: s.className.split(' ')[0], fill: pct(s.fill), problems: s.problems.length })),
      ]),
    );
  }
  return {
    id: 'deck-fill',
    title: 'Deck fill and overflow, every theme and cut, measured in Chromium',
    measures,
    details,
    notes,
  };
}
