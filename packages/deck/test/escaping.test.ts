import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, escapeMarkdown, escapeNotes, renderDeckHtml, renderMarpMarkdown } from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '{{title}} {{{raw}}}',
  '---',
  '<!-- theme: gaia -->',
  'a --> b',
  '<!--',
  '*bold* _it_ **x**',
  '# heading',
  '[x](javascript:alert(1))',
  '![img](http://evil.test/x.png)',
  '`code` ```',
  '_class: lead',
  'theme: gaia',
  '1. not a list',
  '| a | b |',
  '$x^2$ :smile: &amp; &lt;',
];

function hostileNarrative() {
  const n = smallNarrative();
  const s = n.sections[0]!;
  s.keyPoints = [...PAYLOADS];
  s.title = PAYLOADS.join(' ');
  s.paragraphs = s.paragraphs.map((p) => ({ ...p, text: PAYLOADS.join('\n\n') }));
  s.quotes = s.quotes.map((q) => ({ ...q, text: '-->\n\n---\n\n<!-- _class: lead -->' }));
  return n;
}

const marp = () => new Marp({ html: false, math: false, emoji: { shortcode: false, unicode: false }, script: false });

describe('escaping', () => {
  it('keeps every payload literal in one Markdown line', () => {
    const escaped = PAYLOADS.map(escapeMarkdown);
    for (const out of escaped) expect(out).not.toMatch(/[<>\n]/);
    const { html } = marp().render(escaped.map((e) => `- ${e}`).join('\n'));
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    expect(items).toEqual(PAYLOADS);
  });

  it('neutralises comment closers and directives in notes', () => {
    const notes = escapeNotes('x --> y\n\n_class: lead\n\ntheme: gaia\n\n<!-- z -->');
    expect(notes).not.toContain('-->');
    expect(notes).not.toContain('<!--');
    const r = marp().render(`# a\n\n<!--\n${notes}\n-->\n`);
    expect(r.comments[0]).toHaveLength(1);
    expect(r.html).not.toContain('class="lead"');
  });

  it('renders a hostile deck with the same slide count and no directive or HTML taking effect', async () => {
    const deck = buildDeckModel(hostileNarrative());
    const md = renderMarpMarkdown(deck);
    const html = await renderDeckHtml(md, { title: deck.title, lang: deck.language, embedFonts: false });
    const body = html.slice(html.indexOf('<div id="deck">'), html.indexOf('<aside id="presenter"'));
    expect(body.match(/<section\b/g)).toHaveLength(deck.slides.length);
    expect(body).not.toContain('<script');
    expect(body).not.toMatch(/<a\s|href=/);
    expect(body).not.toMatch(/<img[^>]+src="http/);
    expect(body).not.toMatch(/<em>|<code>|<h1[^>]*>\s*heading/);
    expect(body).toContain('*bold* _it_ **x** # heading');
    expect(body).toContain('<li>| a | b |</li>');
    expect(body).toContain('<li>---</li>');
    expect(body).not.toContain('class="lead"');
    expect(new Set(body.match(/data-theme="[^"]+"/g))).toEqual(new Set(['data-theme="lectern"']));
    // The notes survive as notes, one comment per slide that has notes.
    const notesJson = html.match(/<script type="application\/json" id="lectern-notes">([^<]*)<\/script>/)![1]!;
    const notes = JSON.parse(notesJson) as string[][];
    expect(notes).toHaveLength(deck.slides.length);
    expect(notes.flat().join('\n')).toContain('alert(1)');
  });
});
