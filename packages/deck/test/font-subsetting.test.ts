import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cmapCodes } from '../src/html/fonts/cmap-codes.js';
import { fontPackageDir, languageFaceFile } from '../src/html/fonts/font-slices.js';
import { sourceFace, subsetFace } from '../src/html/fonts/subset-face.js';
import { unicodeRange } from '../src/html/fonts/unicode-range.js';
import { weightedText } from '../src/html/fonts/weighted-text.js';
import { woffToSfnt } from '../src/html/fonts/woff-to-sfnt.js';
import { fontFaceCss } from '../src/html/embed-fonts.js';

const chars = (set: Set<number>): string => String.fromCodePoint(...[...set].sort((a, b) => a - b));

describe('the characters a page draws, per weight', () => {
  it('puts all slide text in the regular face and bold contexts also in the bold face', () => {
    const html =
      '<section><h2>标题</h2><p>正文 <strong>重点</strong> &amp; &#x4E00;&quot;</p><table><tr><th>表头</th></tr><tr><td>格</td></tr></table>' +
      '<svg><text font-weight="700">图</text><text>注</text></svg><blockquote>引</blockquote></section>' +
      '<section class="checkpoint-question"><p>问</p></section><script>忽略</script>';
    const { regular, bold } = weightedText(html, 'section::after{content:"“"}');
    for (const c of '标题正文重点&一"表头格图注引问“ ') expect(chars(regular)).toContain(c);
    for (const c of '标题重点表头格图引问“') expect(chars(bold)).toContain(c);
    for (const c of '正文注') expect(chars(bold)).not.toContain(c);
    expect(chars(regular)).not.toMatch(/[忽略]/);
    // Generated content: counters, pagination and list markers.
    for (const c of '0123456789/•') expect(chars(regular)).toContain(c);
  });
});

describe('font file helpers', () => {
  it('writes unicode-range runs', () => {
    expect(unicodeRange([0x20, 0x41, 0x42, 0x43, 0x4e00])).toBe('U+20,U+41-43,U+4e00');
    expect(unicodeRange([])).toBe('');
  });

  const dir = fontPackageDir()!;
  it('unpacks WOFF to sfnt and reads its character map', () => {
    const woff = readFileSync(`${dir}/files/noto-sans-sc-latin-400-normal.woff`);
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const codes = cmapCodes(sfnt);
    expect(codes.has(0x41)).toBe(true);
    expect(codes.has(0x4e00)).toBe(false);
    expect(() => woffToSfnt(sfnt)).toThrow(/WOFF/);
  });

  it('subsets the Simplified Chinese face to the glyphs asked for, the same bytes each time', {
    timeout: 120_000,
  }, async () => {
    const file = languageFaceFile(400);
    const { codes } = await sourceFace(dir, file);
    expect(codes.has(0x4e00) && codes.has(0x41) && codes.has(0xff0c)).toBe(true);
    const subset = Buffer.from(await subsetFace(dir, file, 'AWS云计算，'), 'base64');
    expect(subset.toString('latin1', 0, 4)).toBe('wOFF');
    expect([...cmapCodes(woffToSfnt(subset))].sort((a, b) => a - b)).toEqual(
      [...'AWS云计算，'].map((c) => c.codePointAt(0)!).sort((a, b) => a - b),
    );
    expect(subset.length).toBeLessThan(8_000);
  });

  it('embeds a face per weight with exactly its characters, and a slice for what the face lacks', {
    timeout: 120_000,
  }, async () => {
    const page = '<section><h1>云</h1><p>云端 Д</p></section>';
    const css = await fontFaceCss(page);
    const rules = css.split('\n').map((rule) => ({
      weight: Number(rule.match(/font-weight:(\d+)/)![1]),
      codes: rule
        .match(/unicode-range:([^;]+);/)![1]!
        .split(',')
        .flatMap((part) => {
          const [a, b] = part
            .replace('U+', '')
            .split('-')
            .map((h) => Number.parseInt(h, 16));
          return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
        }),
    }));
    const regular = rules.filter((r) => r.weight === 400);
    const bold = rules.filter((r) => r.weight === 700);
    // The Simplified Chinese face first, then the numbered slice holding the Cyrillic letter.
    expect(regular[0]!.codes).toEqual(expect.arrayContaining([0x20, 0x4e91, 0x7aef]));
    expect(regular.slice(1).map((r) => r.codes)).toContainEqual([0x414]);
    expect(bold.flatMap((r) => r.codes)).toContain(0x4e91);
    expect(bold.flatMap((r) => r.codes)).not.toContain(0x7aef);
    // No two faces of a weight claim the same character.
    for (const faces of [regular, bold]) {
      const all = faces.flatMap((r) => r.codes);
      expect(new Set(all).size).toBe(all.length);
    }
    expect(await fontFaceCss(page)).toBe(css);
  });

  it('embeds Noto Sans first for a Latin-script deck, Noto Sans SC only for the CJK it quotes', {
    timeout: 120_000,
  }, async () => {
    const page = '<section><p>Azure’s “growth” 云</p></section>';
    const css = await fontFaceCss(page, '', 'en');
    const families = css.split('\n').map((rule) => ({
      family: rule.match(/font-family:"([^"]+)"/)![1],
      range: rule.match(/unicode-range:([^;]+);/)![1]!,
    }));
    const latin = families.filter((f) => f.family === 'Noto Sans').map((f) => f.range);
    const cjk = families.filter((f) => f.family === 'Noto Sans SC').map((f) => f.range);
    expect(latin.join(',')).toMatch(/U\+2019/);
    expect(latin.join(',')).toMatch(/U\+201c-201d/);
    expect(cjk).toEqual(['U+4e91']);
    // A Chinese deck draws everything with Noto Sans SC, as before.
    expect(await fontFaceCss(page, '', 'zh-CN')).not.toContain('"Noto Sans"');
  });
});
