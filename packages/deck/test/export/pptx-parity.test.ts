import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPptx } from '../../src/export/pptx/export-pptx.js';
import { themeTokens } from '../../src/themes/tokens.js';
import { pptxParts, slideXml } from './pptx-parts.js';
import { SAMPLE_DECK } from './sample-deck.js';

let parts: Record<string, string>;
let slides: string[];
beforeAll(async () => {
  parts = pptxParts(await exportPptx(SAMPLE_DECK));
  slides = slideXml(parts);
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const xml = (name: string): Record<string, unknown> => parser.parse(parts[name]!) as Record<string, unknown>;

/** The text of the slide's title placeholder (`<p:ph type="title"/>`), as an outline view lists it. */
function placeholderText(slide: string, type: string): string {
  const shape = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
    .map((m) => m[1]!)
    .find((sp) => new RegExp(`<p:ph\\b[^>]*\\btype="${type}"`).test(sp));
  return shape === undefined ? '' : [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
}

describe('the PowerPoint deck at parity with the HTML deck', () => {
  it('gives every slide a title placeholder holding its title, on slide masters with real placeholders', () => {
    SAMPLE_DECK.slides.forEach((slide, i) => {
      const title = slide.layout === 'title' ? (slide.data as { title: string }).title : slide.title;
      expect(placeholderText(slides[i]!, 'title')).toBe(title);
    });
    const masters = Object.keys(parts).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n));
    const ours = masters.filter((n) => parts[n]!.includes('name="LECTERN_'));
    expect(ours.length).toBe(6);
    expect(ours.every((n) => /<p:ph\b[^>]*\btype="title"/.test(parts[n]!))).toBe(true);
    // Key points fill the list master's body placeholder: the outline shows them under the title.
    const keyPoints = slides[SAMPLE_DECK.slides.findIndex((s) => s.layout === 'key-points')]!;
    expect(placeholderText(keyPoints, 'body')).toContain('客户开始优化云支出');
  });

  it('sets the theme fonts: a Latin face and the East Asian face, with its class for substitution', () => {
    const theme = parts['ppt/theme/theme1.xml']!;
    const fonts = themeTokens('lectern').fonts.office;
    for (const slot of ['majorFont', 'minorFont']) {
      const scheme = theme.match(new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`))![1]!;
      expect(scheme).toContain(`<a:latin typeface="${fonts.latin}"/>`);
      expect(scheme).toContain(
        `<a:ea typeface="${fonts.eastAsian}" panose="020B0503020204020204" pitchFamily="34" charset="-122"/>`,
      );
      expect(scheme).toContain(`<a:font script="Hans" typeface="${fonts.eastAsian}"/>`);
    }
    expect(xml('ppt/theme/theme1.xml')).toBeDefined();
    // Runs refer to the theme's slots, so CJK text takes the East Asian face on any machine.
    for (const slide of slides) {
      expect(slide).not.toMatch(/<a:ea typeface="(?!\+m[nj]-ea")/);
    }
    expect(slides.join('')).toContain('<a:ea typeface="+mn-ea"');
  });

  it('uses the theme colours of the tokens: the heading rule, the divider, the checkpoint rule', () => {
    const { colors } = themeTokens('lectern');
    const hex = (c: string): string => `<a:srgbClr val="${c.slice(1).toUpperCase()}"/>`;
    const layout = (name: string): string =>
      Object.entries(parts).find(([n, xml]) => n.startsWith('ppt/slideLayouts/') && xml.includes(`name="${name}"`))![1];
    expect(layout('LECTERN_CONTENT')).toContain(hex(colors.accent));
    expect(layout('LECTERN_CONTENT')).toContain(hex(colors.background));
    expect(layout('LECTERN_SECTION')).toContain(hex(colors.divider));
    expect(layout('LECTERN_CHECKPOINT')).toContain(hex(colors.accent2));
    // The footer: the deck's title, on every master, as the HTML deck shows it.
    expect(layout('LECTERN_CONTENT')).toContain(`<a:t>${SAMPLE_DECK.title}</a:t>`);
  });

  it('marks the header row of every table', () => {
    const tables = slides.filter((s) => s.includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThan(0);
    for (const slide of tables) {
      expect(slide).toContain('<a:tblPr firstRow="1"/>');
      expect(slide).not.toContain('<a:tblPr/>');
    }
  });

  it('sets no text under 12 pt', () => {
    for (const part of Object.keys(parts).filter((n) =>
      /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n),
    )) {
      const sizes = [...parts[part]!.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\bsz="(\d+)"/g)].map(
        (m) => Number(m[1]) / 100,
      );
      expect({ part, small: sizes.filter((s) => s < 12) }).toEqual({ part, small: [] });
    }
  });
});
