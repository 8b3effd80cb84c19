import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPptx } from '../../src/export/pptx/export-pptx.js';
import { pptxParts, slideXml, textRuns } from './pptx-parts.js';
import { SAMPLE_DECK } from './sample-deck.js';

let pptx: Uint8Array;
let parts: Record<string, string>;
let slides: string[];
beforeAll(async () => {
  pptx = await exportPptx(SAMPLE_DECK);
  parts = pptxParts(pptx);
  slides = slideXml(parts);
});

const slideOf = (layout: string) => slides[SAMPLE_DECK.slides.findIndex((s) => s.layout === layout)]!;

describe('exportPptx', () => {
  it('writes one slide per deck slide, 16:9', () => {
    expect(slides).toHaveLength(SAMPLE_DECK.slides.length);
    expect(parts['ppt/presentation.xml']).toContain('<p:sldSz cx="9144000" cy="5143500"');
  });

  it('writes every heading as real text', () => {
    SAMPLE_DECK.slides.forEach((slide, i) => {
      expect(textRuns(slides[i]!).join('')).toContain(slide.title);
    });
  });

  it('writes key points as bulleted paragraphs', () => {
    const xml = slideOf('key-points');
    expect(textRuns(xml)).toContain('客户开始优化云支出，AWS 增速放缓');
    expect(xml).toContain('<a:buChar');
  });

  it('writes the comparison as a native table with the values as written', () => {
    const xml = slideOf('comparison');
    expect(xml).toContain('<a:tbl>');
    const cells = textRuns(xml);
    expect(cells).toEqual(expect.arrayContaining(['项目', '数值', '2021年', '622亿美元', '2022年', '801亿美元']));
  });

  it('writes a native line chart from the facts, in the unit shown', () => {
    const rels = Object.entries(parts).filter(([name]) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(rels).toHaveLength(1);
    const chart = rels[0]![1];
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/<c:v>622<\/c:v>[\s\S]*<c:v>801<\/c:v>[\s\S]*<c:v>908<\/c:v>/);
    expect(chart).toContain('亿美元');
    expect(slideOf('chart')).toContain('graphicFrame');
    expect(Object.keys(unzipSync(pptx)).some((n) => n.startsWith('ppt/embeddings/') && n.endsWith('.xlsx'))).toBe(true);
  });

  it('shows each big number as written in the content', () => {
    expect(textRuns(slideOf('big-number'))).toEqual(expect.arrayContaining(['801亿美元', '27000人', 'AWS 2022年营收']));
  });

  it('writes quote, timeline, checkpoint and sources text', () => {
    expect(textRuns(slideOf('quote')).join('')).toContain('我们正在帮助客户节省开支。');
    expect(textRuns(slideOf('timeline'))).toEqual(expect.arrayContaining(['2022年11月', '第二轮裁员，9000人']));
    expect(textRuns(slideOf('checkpoint-question'))).toContain('B. 801亿美元');
    expect(textRuns(slideOf('checkpoint-answer')).join('')).toContain('答案：801亿美元');
    expect(textRuns(slideOf('sources'))).toEqual(expect.arrayContaining(['8010亿美元', '原文单位错误']));
  });

  it("marks Chinese runs zh-CN in the theme's East Asian font", () => {
    const xml = slideOf('key-points');
    expect(xml).toContain('lang="zh-CN"');
    // The run names the theme's body slot; the theme sets Microsoft YaHei as its East Asian face.
    expect(xml).toContain('<a:ea typeface="+mn-ea"');
    expect(parts['ppt/theme/theme1.xml']).toContain('<a:ea typeface="Microsoft YaHei"');
  });

  it('writes the full speaker notes for every slide that has them', () => {
    const notes = slideXml(parts, 'notesSlide').map((xml) => textRuns(xml).join('\n'));
    SAMPLE_DECK.slides.forEach((slide) => {
      for (const paragraph of slide.notes.split(/\n+/).filter(Boolean)) {
        expect(notes.some((n) => n.includes(paragraph))).toBe(true);
      }
    });
  });

  it('uses the theme colours', async () => {
    expect(slideOf('comparison')).toContain('1F6FEB');
    const dark = pptxParts(await exportPptx(SAMPLE_DECK, { theme: 'lectern-dark' }));
    // The slide masters carry the background: every layout of the dark theme is dark.
    const layouts = Object.entries(dark).filter(([name]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name));
    const lectern = layouts.filter(([, xml]) => xml.includes('name="LECTERN_'));
    expect(lectern.length).toBe(6);
    for (const [, xml] of lectern.filter(([, x]) => !x.includes('name="LECTERN_SECTION"'))) {
      expect(xml).toContain('<a:srgbClr val="0B1220"/>');
    }
  });

  it('gives the same bytes twice, with fixed dates', async () => {
    const again = await exportPptx(SAMPLE_DECK);
    expect(Buffer.from(again).equals(Buffer.from(pptx))).toBe(true);
    expect(parts['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>',
    );
  });
});
