import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runChildOk } from '../measure/run-child.js';
import { chromiumPath, CONTENT_ROOT, DEFAULT_NARRATIVE, MARP_BIN } from '../measure/paths.js';
import type { ScenarioResult } from '../report/results.js';
import { ratioOf, summarise } from '../stats/summary.js';
import { marpArgv, themeFile } from './cold-build.js';
import { BROWSER_FORMATS, deckDir, lecternBuildArgv } from './lectern-command.js';

export interface BrowserExportOptions {
  repeats: number;
}

/**
 * 2. PDF + one PNG per slide of the default (full) deck: `lectern build --formats pdf,png --cut full`
 * (one browser session) against marp-cli's separate `--pdf` and `--images png` runs, summed.
 */
export async function browserExport(options: BrowserExportOptions): Promise<ScenarioResult> {
  const chrome = chromiumPath();
  if (!chrome) throw new Error('no Chromium found (set CHROME_PATH or apt-get install -y chromium fonts-noto-cjk)');
  const env = { CHROME_PATH: chrome, CHROME_NO_SANDBOX: '1' };
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-browser-'));
  try {
    const build = (out: string, formats: readonly string[]) =>
      runChildOk(
        process.execPath,
        [
          ...lecternBuildArgv({ contentRoot: CONTENT_ROOT, narrative: DEFAULT_NARRATIVE, out, formats }),
          '--cut',
          'full',
        ],
        { env },
      );
    // The Markdown marp converts: the same deck, generated once.
    await build(path.join(tmp, 'md'), ['md']);
    const deck = deckDir(path.join(tmp, 'md'), DEFAULT_NARRATIVE);
    const md = path.join(deck, 'deck.md');
    const theme = await themeFile(deck);
    const browserArgs = ['--allow-local-files', '--browser-path', chrome];
    const marp = async (i: number) => {
      const pdf = await runChildOk(
        MARP_BIN,
        marpArgv(md, theme, ['--pdf', ...browserArgs, '-o', path.join(tmp, `marp-${i}.pdf`)]),
        { env },
      );
      const dir = path.join(tmp, `marp-png-${i}`);
      await mkdir(dir);
      const png = await runChildOk(
        MARP_BIN,
        marpArgv(md, theme, ['--images', 'png', ...browserArgs, '-o', path.join(dir, 'slide.png')]),
        { env },
      );
      return { pdf: pdf.ms, png: png.ms, total: pdf.ms + png.ms, pages: (await readdir(dir)).length };
    };
    const ours: number[] = [];
    const theirs: number[] = [];
    const theirParts: { pdf: number; png: number }[] = [];
    let slides = 0;
    let marpPages = 0;
    for (let i = 0; i < options.repeats; i++) {
      const out = path.join(tmp, `run-${i}`);
      ours.push((await build(out, BROWSER_FORMATS)).ms);
      slides = (await readdir(path.join(deckDir(out, DEFAULT_NARRATIVE), 'slides'))).length;
      const m = await marp(i);
      theirs.push(m.total);
      theirParts.push({ pdf: m.pdf, png: m.png });
      marpPages = m.pages;
    }
    const ratio = ratioOf(ours, theirs);
    const o = summarise(ours);
    const t = summarise(theirs);
    return {
      id: 'browser-export',
      title: 'Browser exports: PDF + PNG per slide of the default deck (vs marp-cli --pdf + --images png)',
      measures: [
        {
          label: 'lectern build --formats pdf,png --cut full',
          value: o.median,
          unit: 'ms',
          spread: `${Math.round(o.min)}–${Math.round(o.max)} ms`,
        },
        {
          label: 'marp --pdf + marp --images png',
          value: t.median,
          unit: 'ms',
          spread: `${Math.round(t.min)}–${Math.round(t.max)} ms`,
        },
        {
          label: 'ratio lectern / marp',
          value: ratio.ratio,
          unit: '×',
          spread: `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}×`,
          target: { max: 0.6, text: '≤ 0.6×' },
        },
      ],
      details: { ours, marp: theirs, marpParts: theirParts, lecternPngs: slides, marpPngs: marpPages },
      notes: [`lectern wrote ${slides} PNGs and one PDF; marp wrote ${marpPages} PNGs in its second run.`],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
