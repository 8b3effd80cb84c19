import { createRequire } from 'node:module';
import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { chartLinks } from '../src/html/chart-links-plugin.js';
import { createMarp } from '../src/html/marp-engine.js';
import { ownThemeCss } from '../src/themes/themes.js';

const require = createRequire(import.meta.url);
const options = () => ({
  html: false,
  math: false,
  emoji: { shortcode: false, unicode: false },
  script: false,
  minifyCSS: false,
});
const markdown = (title: string) =>
  `---\nmarp: true\ntheme: default\n---\n\n# ${title}\n\n![chart](data:image/svg+xml;base64,PHN2Zy8+)\n\nwww.example.com\n`;

// Note: caching-marp.ts overrides Marpit's `renderStyle` (declared `protected` in Marpit's typings, but no
// public option). These tests pin the versions and the behaviour it relies on: an upgrade that changes
// either fails here, and caching-marp.ts must be checked before the pin moves.
describe('how the deck extends Marp', () => {
  it('runs on the Marp Core and Marpit versions caching-marp.ts was checked against', () => {
    const core = require('@marp-team/marp-core/package.json') as { version: string };
    const marpitPackage = require.resolve('@marp-team/marpit/package.json', {
      paths: [require.resolve('@marp-team/marp-core')],
    });
    const marpit = require(marpitPackage) as { version: string };
    expect(core.version).toMatch(/^4\./);
    expect(marpit.version).toMatch(/^3\./);
    // The protected members the subclass uses are still there, with the shapes it expects.
    const proto = Marp.prototype as unknown as Record<string, unknown>;
    expect(typeof proto.renderStyle).toBe('function');
    expect(typeof proto.themeSetPackOptions).toBe('function');
    const probe = new Marp(options()) as unknown as { lastGlobalDirectives?: unknown; render(md: string): unknown };
    probe.render('---\ntheme: default\n---\n\n# x');
    expect(probe.lastGlobalDirectives).toMatchObject({ theme: 'default' });
  });

  it('packs the theme CSS once per theme and directives, and renders what plain Marp renders', () => {
    const marp = createMarp();
    const first = marp.render(markdown('One'));
    const second = marp.render(markdown('Two'));
    expect(marp.packs).toBe(1);
    expect(second.css).toBe(first.css);
    const plain = new Marp(options());
    expect(first.css).toBe(plain.render(markdown('One')).css);
  });

  it('lets chart data URLs through and leaves bare URLs as text (the chartLinks plugin)', () => {
    const { html } = createMarp().render(markdown('One'));
    expect(html).toContain('src="data:image/svg+xml;base64,PHN2Zy8+"');
    expect(html).not.toContain('href="http://www.example.com"');
  });

  it('splits slides as Marpit does (the linear slide rule): same HTML, CSS and notes as plain Marp', () => {
    // Local directives carry over, spot directives do not; headings, a `***` rule, notes, an image, an empty
    // slide and the front matter's pagination and footer.
    const slides = [
      '<!-- class: lead -->\n\n# One\n\n<!-- note one -->',
      '<!-- _class: agenda -->\n\n## Two\n\n- a\n- b\n\n***\n\nafter a starred rule',
      '',
      '<!-- paginate: false -->\n\n## Four\n\n![chart](data:image/svg+xml;base64,PHN2Zy8+)',
      '## Five\n\n> quote\n\n<!-- note five -->',
    ];
    const md = `---\nmarp: true\ntheme: lectern\npaginate: true\nfooter: "F"\n---\n\n${slides.join('\n\n---\n\n')}\n`;
    const plain = new Marp(options());
    for (const css of ownThemeCss()) plain.themeSet.add(css);
    plain.use(chartLinks);
    const want = plain.render(md);
    const got = createMarp().render(md);
    expect(got.html).toBe(want.html);
    expect(got.css).toBe(want.css);
    expect(got.comments).toEqual(want.comments);
    // Every top-level rule starts a slide, `***` included.
    expect((got.html.match(/<section /g) ?? []).length).toBe(slides.length + 1);
  });
});
