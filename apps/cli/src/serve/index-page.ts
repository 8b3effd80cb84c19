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

/** The page at `/`: each narrative in the output folder and its files, linked and escaped. */
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
    sections.push(`<section><h2>${escapeHtml(id)}</h2><ul>\n${items}\n</ul></section>`);
  }
  const body = sections.length > 0 ? sections.join('\n') : '<p>No outputs yet. Waiting for the first build…</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${INDEX_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lectern</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.2rem 0}</style>
</head><body><h1>Lectern outputs</h1>
${body}
<script src="${RELOAD_SCRIPT_PATH}"></script>
</body></html>
`;
}
