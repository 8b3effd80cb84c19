import path from 'node:path';
import { CLI_BIN } from '../measure/paths.js';

/** Every non-browser format `lectern build` knows: deck Markdown + HTML, PPTX, every quiz export. */
export const NO_BROWSER_FORMATS = ['md', 'html', 'pptx', 'json', 'print', 'quizhtml', 'gift', 'moodle', 'qti'] as const;
export const BROWSER_FORMATS = ['pdf', 'png'] as const;

export interface BuildArgs {
  contentRoot: string;
  narrative: string;
  out: string;
  formats: readonly string[];
}

/** `node apps/cli/dist/bin.js build <narrative> --content … --out … --formats … --json` as argv. */
export function lecternBuildArgv(args: BuildArgs): string[] {
  return [
    CLI_BIN,
    'build',
    args.narrative,
    '--content',
    args.contentRoot,
    '--out',
    args.out,
    '--formats',
    args.formats.join(','),
    '--json',
  ];
}

export interface BuildReport {
  ok: boolean;
  slides: number;
  items: number;
  files: number;
}

/** Reads the `--json` result of a build (the last JSON object on stdout). */
export function parseBuildJson(stdout: string): BuildReport {
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`lectern build printed no JSON:\n${stdout.slice(0, 2000)}`);
  const data = JSON.parse(stdout.slice(start)) as {
    ok: boolean;
    narratives: { slides: { count: number }[]; items: number; files: string[] }[];
  };
  let slides = 0;
  let items = 0;
  let files = 0;
  for (const n of data.narratives) {
    slides += n.slides.reduce((sum, s) => sum + s.count, 0);
    items += n.items;
    files += n.files.length;
  }
  return { ok: data.ok, slides, items, files };
}

/** Where the full deck of a narrative lands in an output folder. */
export function deckDir(out: string, narrative: string): string {
  return path.join(out, narrative, 'deck');
}
