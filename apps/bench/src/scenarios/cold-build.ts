import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runChildOk } from '../measure/run-child.js';
import { CONTENT_ROOT, DEFAULT_NARRATIVE, MARP_BIN } from '../measure/paths.js';
import type { ScenarioResult } from '../report/results.js';
import { ratioOf, summarise } from '../stats/summary.js';
import { deckDir, lecternBuildArgv, NO_BROWSER_FORMATS, parseBuildJson } from './lectern-command.js';

export interface ColdBuildOptions {
  repeats: number;
}

/** The deck's theme CSS file written beside deck.md. */
export async function themeFile(dir: string): Promise<string> {
  const theme = (await readdir(dir)).find((f) => /^theme-.+\.css$/.test(f));
  if (!theme) throw new Error(`no theme-*.css in ${dir}`);
  return path.join(dir, theme);
}

/** `marp deck.md -o x.html --theme-set theme.css` as argv, without config-file lookup. */
export function marpArgv(deckMd: string, theme: string, extra: readonly string[]): string[] {
  return ['--no-config-file', deckMd, '--theme-set', theme, ...extra];
}

/**
 * 1. Cold build (new process) of the default narrative in every non-browser format, against marp-cli
 * converting the generated deck.md to HTML. Runs alternate, after one discarded warm-up of each.
 */
export async function coldBuild(options: ColdBuildOptions): Promise<ScenarioResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-cold-'));
  try {
    // The bench's own font cache: filled by the warm-up build, as a user's is by their first build.
    const cached = { env: { LECTERN_CACHE_DIR: path.join(tmp, 'cache') } };
    const build = (out: string) =>
      runChildOk(
        process.execPath,
        lecternBuildArgv({ contentRoot: CONTENT_ROOT, narrative: DEFAULT_NARRATIVE, out, formats: NO_BROWSER_FORMATS }),
        cached,
      );
    // The same work marp does: one deck (the full cut) to HTML; and once more with no font cache.
    const htmlOnly = (out: string, cache = true) =>
      runChildOk(
        process.execPath,
        [
          ...lecternBuildArgv({ contentRoot: CONTENT_ROOT, narrative: DEFAULT_NARRATIVE, out, formats: ['html'] }),
          '--cut',
          'full',
        ],
        cache ? cached : { env: { LECTERN_CACHE_DIR: 'off' } },
      );
    const warm = await build(path.join(tmp, 'warm'));
    const report = parseBuildJson(warm.stdout);
    const deck = deckDir(path.join(tmp, 'warm'), DEFAULT_NARRATIVE);
    const theme = await themeFile(deck);
    const marp = (i: number) =>
      runChildOk(MARP_BIN, marpArgv(path.join(deck, 'deck.md'), theme, ['-o', path.join(tmp, `marp-${i}.html`)]));
    await marp(-1);
    const ours: number[] = [];
    const theirs: number[] = [];
    const rss: number[] = [];
    const ourCpu: number[] = [];
    const html: number[] = [];
    const htmlNoCache: number[] = [];
    const theirCpu: number[] = [];
    for (let i = 0; i < options.repeats; i++) {
      const run = await build(path.join(tmp, `run-${i}`));
      ours.push(run.ms);
      if (run.peakRssBytes) rss.push(run.peakRssBytes / 2 ** 20);
      const m = await marp(i);
      theirs.push(m.ms);
      html.push((await htmlOnly(path.join(tmp, `html-${i}`))).ms);
      htmlNoCache.push((await htmlOnly(path.join(tmp, `html-nocache-${i}`), false)).ms);
      if (run.cpuMs !== undefined && m.cpuMs !== undefined) {
        ourCpu.push(run.cpuMs);
        theirCpu.push(m.cpuMs);
      }
    }
    const cpu = ourCpu.length > 0 ? ratioOf(ourCpu, theirCpu) : undefined;
    const ratio = ratioOf(ours, theirs);
    const o = summarise(ours);
    const t = summarise(theirs);
    return {
      id: 'cold-build',
      title: 'Cold build, default narrative, no browser formats (vs marp-cli → HTML)',
      measures: [
        {
          label: 'lectern build (md, html, pptx, quiz ×6)',
          value: o.median,
          unit: 'ms',
          spread: `${Math.round(o.min)}–${Math.round(o.max)} ms`,
        },
        {
          label: 'marp deck.md → HTML',
          value: t.median,
          unit: 'ms',
          spread: `${Math.round(t.min)}–${Math.round(t.max)} ms`,
        },
        {
          label: 'full build / marp HTML-only',
          value: ratio.ratio,
          unit: '×',
          spread: `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}×`,
          target: { max: 1.5, text: '≤ 1.5×' },
        },
        {
          label: 'same work: lectern build --formats html --cut full / marp',
          value: ratioOf(html, theirs).ratio,
          unit: '×',
          spread: `lectern ${Math.round(summarise(html).median)} ms`,
          target: { max: 0.8, text: '≤ 0.8×' },
        },
        {
          label: 'same work, no font cache (LECTERN_CACHE_DIR=off) / marp',
          value: ratioOf(htmlNoCache, theirs).ratio,
          unit: '×',
          spread: `lectern ${Math.round(summarise(htmlNoCache).median)} ms`,
        },
        ...(cpu
          ? [
              {
                label: 'CPU-time ratio lectern / marp (user + sys)',
                value: cpu.ratio,
                unit: '×',
                spread: `${cpu.min.toFixed(2)}–${cpu.max.toFixed(2)}×`,
              },
            ]
          : []),
        ...(rss.length ? [{ label: 'lectern peak RSS', value: Math.max(...rss), unit: 'MB' }] : []),
      ],
      details: {
        ours,
        marp: theirs,
        htmlOnly: html,
        htmlOnlyNoCache: htmlNoCache,
        oursCpuMs: ourCpu,
        marpCpuMs: theirCpu,
        slides: report.slides,
        items: report.items,
        files: report.files,
        formats: NO_BROWSER_FORMATS,
      },
      notes: [
        `lectern writes ${report.files} files: ${report.slides} slides over every cut of the narrative (deck.md, deck.html, deck.pptx each), ${report.items} quiz items in 6 formats; marp converts the one full deck.md.`,
        'Lectern keeps the subset fonts of deck.html in a cache folder (here the bench’s own, filled by the warm-up build, as a user’s first build fills theirs); the "no font cache" row cuts them in every process.',
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
