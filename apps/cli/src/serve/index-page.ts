import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from './html-escape.js';
import { RELOAD_SCRIPT_PATH } from './inject-reload.js';

export const INDEX_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'";

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) files.push(...(await listFiles(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else files.push(`${prefix}${e.name}`);
  }
  return files;
}

function href(parts: string[]): string {
  return `/${parts.map(encodeURIComponent).join('/')}`;
}

/** What a presenter or a learner opens first, in order, with the label it gets on the page. */
const PRIMARY: [pattern: RegExp, label: (folder: string) => string][] = [
  [/^deck\/deck\.html$/, () => 'Deck'],
  [/^deck-([^/]+)\/deck\.html$/, (cut) => `Deck · ${cut}`],
  [/^quiz\/quiz\.html$/, () => 'Quiz'],
  [/^quiz\/answer-key\.md$/, () => 'Answer key'],
];

function primaryLinks(id: string, files: readonly string[]): string {
  const links: string[] = [];
  for (const [pattern, label] of PRIMARY) {
    for (const f of files) {
      const match = pattern.exec(f);
      if (match)
        links.push(
          `<a class="primary" href="${escapeHtml(href([id, ...f.split('/')]))}">${escapeHtml(label(match[1] ?? ''))}</a>`,
        );
    }
  }
  return links.join(' ');
}

/** The page at `/`: each narrative in the output folder, its decks and quiz first, then every file; linked and escaped. */
export async function indexPage(out: string): Promise<string> {
  const narratives = (await readdir(out, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const sections: string[] = [];
  for (const id of narratives) {
    const files = await listFiles(path.join(out, id));
    const items = files
      .filter((f) => !/^deck[^/]*\/slides\//.test(f) || f.endsWith('/001.png'))
      .map((f) => `<li><a href="${escapeHtml(href([id, ...f.split('/')]))}">${escapeHtml(f)}</a></li>`)
      .join('\n');
    sections.push(
      `<section><h2>${escapeHtml(id)}</h2><p>${primaryLinks(id, files)}</p>` +
        `<details><summary>All files (${files.length})</summary><ul>\n${items}\n</ul></details></section>`,
    );
  }
  const body = sections.length > 0 ? sections.join('\n') : '<p>No outputs yet. Waiting for the first build…</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${INDEX_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lectern</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.2rem 0}a.primary{display:inline-block;margin:0 .5rem .5rem 0;padding:.4rem .8rem;border:1px solid #1f6feb;border-radius:6px;text-decoration:none}</style>
</head><body><h1>Lectern outputs</h1>
${body}
<script src="${RELOAD_SCRIPT_PATH}"></script>
</body></html>
`;
}
