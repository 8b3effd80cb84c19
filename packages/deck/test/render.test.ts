import { describe, expect, it } from 'vitest';
import {
  buildDeckModel,
  createDeckRenderer,
  DECK_CSP,
  listThemes,
  renderDeckFiles,
  renderDeckHtml,
  renderMarpMarkdown,
  themeCss,
} from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

describe('Marp Markdown and HTML', () => {
  const deck = buildDeckModel(smallNarrative());

  it('writes front matter, one block per slide and notes as comments', () => {
    const md = renderMarpMarkdown(deck);
    expect(md.startsWith('---\nmarp: true\ntheme: lectern\nsize: 16:9\npaginate: true\nlang: "zh-CN"\n')).toBe(true);
    // The front matter's closing `---` plus one separator between slides.
    expect(md.split('\n---\n\n')).toHaveLength(deck.slides.length + 1);
    expect(md).toContain('<!-- _class: chart -->');
    expect(md).toMatch(/!\[[^\]]*\]\(data:image\/svg\+xml;base64,/);
    expect(renderMarpMarkdown(deck, { charts: 'files' })).toContain('(charts/slide-');
  });

  it('renders one <section> per slide into a self-contained page', async () => {
    const html = await renderDeckHtml(renderMarpMarkdown(deck), { title: deck.title, embedFonts: false });
    const body = html.slice(html.indexOf('<div id="deck">'), html.indexOf('<aside id="presenter"'));
    expect(body.match(/<section\b/g)).toHaveLength(deck.slides.length);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">`);
    expect(DECK_CSP).toContain("default-src 'none'");
    // No external reference anywhere: no http(s) URL in src/href, no @import, no url() but data:.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import/);
    expect([...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].every((m) => m[1]!.startsWith('data:'))).toBe(true);
    // Our chart images are inlined as SVG markup, so their text uses the page's fonts.
    expect(body).not.toMatch(/<img src="data:image\/svg\+xml;base64,/);
    expect(body.match(/<svg class="lectern-chart" xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(
      deck.slides.filter((s) => s.layout === 'chart').length,
    );
  });

  it('is byte-identical across renders', async () => {
    const a = await renderDeckFiles(buildDeckModel(smallNarrative()), { embedFonts: false });
    const b = await renderDeckFiles(buildDeckModel(smallNarrative()), { embedFonts: false });
    const charts = deck.slides
      .filter((s) => s.layout === 'chart')
      .map((s) => `charts/slide-${String(s.index + 1).padStart(3, '0')}.svg`);
    expect(charts).toHaveLength(2);
    expect(Object.keys(a).sort()).toEqual([...charts, 'deck.html', 'deck.md', 'theme-lectern.css'].sort());
    expect(a).toEqual(b);
  });

  it('runs no Marp for a build that asks for no HTML', async () => {
    const renderer = createDeckRenderer();
    const files = await renderDeckFiles(buildDeckModel(smallNarrative()), { renderer, html: false });
    expect(Object.keys(files)).toContain('deck.md');
    expect(Object.keys(files)).not.toContain('deck.html');
    expect(renderer.stats.htmlRenders).toBe(0);
  });

  it('re-renders only slides whose data changed', () => {
    const renderer = createDeckRenderer();
    const first = renderer.render(deck);
    expect(renderer.stats).toEqual({ hits: 0, misses: deck.slides.length, htmlRenders: 0 });
    expect(renderer.render(deck)).toBe(first);
    expect(renderer.stats).toEqual({ hits: deck.slides.length, misses: 0, htmlRenders: 0 });
    const changed = structuredClone(deck);
    const kp = changed.slides.find((s) => s.layout === 'key-points')!;
    if (kp.layout === 'key-points') kp.data.points = ['changed'];
    renderer.render(changed);
    expect(renderer.stats).toEqual({ hits: deck.slides.length - 1, misses: 1, htmlRenders: 0 });
  });

  it('runs Marp again only when the Markdown or the font options change, with the same bytes as a fresh render', async () => {
    const renderer = createDeckRenderer();
    const markdown = renderer.render(deck);
    const options = { title: deck.title, lang: deck.language, embedFonts: false };
    const first = await renderer.renderHtml(markdown, options);
    expect(first).toBe(await renderDeckHtml(markdown, options));
    expect(await renderer.renderHtml(markdown, options)).toBe(first);
    expect(renderer.stats.htmlRenders).toBe(1);
    const retitled = await renderer.renderHtml(markdown, { ...options, title: 'Another title' });
    expect(retitled).toContain('<title>Another title</title>');
    expect(retitled).toBe(await renderDeckHtml(markdown, { ...options, title: 'Another title' }));
    // The title is the page's, not Marp's: no second Marp run.
    expect(renderer.stats.htmlRenders).toBe(1);
    const changed = structuredClone(deck);
    const kp = changed.slides.find((s) => s.layout === 'key-points')!;
    if (kp.layout === 'key-points') kp.data.points = ['changed'];
    const next = await renderer.renderHtml(renderer.render(changed), options);
    expect(next).toContain('changed');
    expect(next).toBe(await renderDeckHtml(renderMarpMarkdown(changed), options));
    expect(renderer.stats.htmlRenders).toBe(2);
  });

  it('lists themes and rejects an unknown one with the list', () => {
    expect(listThemes()).toEqual(['lectern', 'lectern-dark', 'default', 'gaia', 'uncover']);
    expect(themeCss('lectern')).toContain('/* @theme lectern */');
    expect(themeCss('lectern-dark')).toContain('/* @theme lectern-dark */');
    expect(themeCss('gaia')).toBeUndefined();
    expect(() => renderMarpMarkdown({ ...deck, theme: 'nope' })).toThrow(/nope/);
    try {
      themeCss('nope');
    } catch (e) {
      expect((e as { hint?: string }).hint).toContain('lectern-dark');
    }
  });

  it('renders with every theme', async () => {
    for (const theme of listThemes()) {
      const md = renderMarpMarkdown({ ...deck, theme });
      const html = await renderDeckHtml(md, { title: 't', embedFonts: false });
      expect(html).toContain(`data-theme="${theme}"`);
      expect(html).not.toMatch(/@import|https?:\/\/[^"\s]*\.(css|woff2?)/);
    }
  });
});
