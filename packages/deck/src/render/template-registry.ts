import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { LayoutKind } from '../model/deck-model.js';
import { escapeMarkdown, yamlString } from './escape-markdown.js';
import { escapeNotes } from './escape-notes.js';
import { joinUnbreakable } from '../typography/line-joins.js';

/** Template folder of the package; the same relative path from src/ and from dist/. */
const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

function readFolder(folder: string): Map<string, string> {
  const dir = new URL(`${folder}/`, TEMPLATES_DIR);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  return new Map(files.map((f) => [f.slice(0, -4), readFileSync(new URL(f, dir), 'utf8')]));
}

// Read once at module load, so a running process never sees half-edited templates.
const LAYOUT_SOURCES = readFolder('layouts');
const PARTIAL_SOURCES = readFolder('partials');

/**
 * Our handlebars environment. `noEscape` is deliberate: the output is Markdown, not HTML, so every
 * content value goes through `md` (Markdown text) or `notes` (comment text) instead; only the helpers
 * below are allowed (`knownHelpersOnly`).
 */
const hbs = Handlebars.create();
/** The template context's `chinese` flag: Chinese text gets word joiners where a line must not break. */
const chinese = (options: Handlebars.HelperOptions): boolean =>
  (options.data as { root?: { chinese?: boolean } }).root?.chinese === true;
const markdown = (value: unknown, options: Handlebars.HelperOptions, title: boolean): string => {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return escapeMarkdown(chinese(options) ? joinUnbreakable(text, title) : text);
};
hbs.registerHelper('md', (value: unknown, options: Handlebars.HelperOptions) => markdown(value, options, false));
/** A heading: `md`, and in Chinese a short title's words are kept whole. */
hbs.registerHelper('mdTitle', (value: unknown, options: Handlebars.HelperOptions) => markdown(value, options, true));
/**
 * `Label: value` as one Markdown text: the label, the language's join (`: ` or `：`) and the value escaped
 * together, so the space of `: ` is kept (`md` on the join alone would trim it away).
 */
hbs.registerHelper('mdLabelled', (label: unknown, value: unknown, options: Handlebars.HelperOptions) => {
  const join = (options.data as { root?: { labels?: { join?: string } } }).root?.labels?.join ?? ': ';
  return markdown(`${String(label ?? '')}${join}${String(value ?? '')}`, options, false);
});
hbs.registerHelper('notes', (value: unknown) => escapeNotes(String(value ?? '')));
/**
 * A statement title's topic line, as the value of Marp's `_header` directive: Markdown-escaped (no `>` is
 * left, so the comment cannot end early) and YAML-quoted.
 */
hbs.registerHelper('kicker', (value: unknown) => yamlString(escapeMarkdown(String(value ?? ''))));
/** Class names are ours, but filter them anyway so a directive comment cannot be broken. */
hbs.registerHelper('cls', (value: unknown) => String(value ?? '').replace(/[^a-z0-9 -]/g, ''));
for (const [name, source] of PARTIAL_SOURCES) hbs.registerPartial(name, source);

const OPTIONS = {
  noEscape: true,
  knownHelpers: { md: true, mdTitle: true, mdLabelled: true, notes: true, cls: true, kicker: true },
  knownHelpersOnly: true,
} as const;

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** The compiled template of a layout; compiled on first use, once per process. */
export function layoutTemplate(layout: LayoutKind): HandlebarsTemplateDelegate {
  let template = compiled.get(layout);
  if (template === undefined) {
    const source = LAYOUT_SOURCES.get(layout);
    if (source === undefined) throw new Error(`No template for layout "${layout}" in templates/layouts/.`);
    template = hbs.compile(source, OPTIONS);
    compiled.set(layout, template);
  }
  return template;
}

/** Names of the layout templates found on disk (for tests). */
export function templateNames(): string[] {
  return [...LAYOUT_SOURCES.keys()];
}

type HandlebarsTemplateDelegate = Handlebars.TemplateDelegate;
