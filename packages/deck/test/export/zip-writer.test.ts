import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '../../src/export/zip-writer.js';

const MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Entries of every kind a package holds: folders, empty parts, UTF-8 names, text, bytes, one large part. */
function entries(): [string, Uint8Array][] {
  const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251);
  return [
    ['[Content_Types].xml', strToU8('<Types/>'.repeat(40))],
    ['ppt/', new Uint8Array(0)],
    ['ppt/slides/slide1.xml', strToU8('<p:sld>幻灯片一</p:sld>')],
    ['ppt/幻灯片/说明.txt', strToU8('名字是 UTF-8')],
    ['ppt/embeddings/book1.xlsx', bytes],
    ['ppt/slides/slide2.xml', strToU8(`<p:sld>${'正文 body text '.repeat(20_000)}</p:sld>`)],
    ['empty.bin', new Uint8Array(0)],
  ];
}

describe('createZipWriter', () => {
  for (const level of [0, 6] as const) {
    it(`gives zipSync's bytes, entry by entry (level ${level})`, () => {
      const writer = createZipWriter();
      const all: Zippable = {};
      for (const [name, data] of entries()) {
        writer.add(name, data, { mtime: MTIME, level });
        all[name] = [data, { mtime: MTIME, level }];
      }
      const streamed = writer.finish();
      expect(Buffer.from(streamed).equals(Buffer.from(zipSync(all, { mtime: MTIME })))).toBe(true);
      const read = unzipSync(streamed);
      expect(Object.keys(read)).toEqual(entries().map(([name]) => name));
      for (const [name, data] of entries()) expect(Buffer.from(read[name]!).equals(Buffer.from(data))).toBe(true);
    });
  }

  it('lays out entries added in any order as zipSync does for them sorted; a name added again replaces it', () => {
    const writer = createZipWriter();
    for (const [name, data] of [...entries()].reverse()) writer.add(name, data, { mtime: MTIME, level: 6 });
    writer.add('ppt/', strToU8('replaced'), { mtime: MTIME, level: 6 });
    writer.add('ppt/', new Uint8Array(0), { mtime: MTIME, level: 6 });
    const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sorted: Zippable = {};
    for (const [name, data] of [...entries()].sort((a, b) => order(a[0], b[0])))
      sorted[name] = [data, { mtime: MTIME, level: 6 }];
    expect(Buffer.from(writer.finish(order)).equals(Buffer.from(zipSync(sorted, { mtime: MTIME })))).toBe(true);
  });

  it('writes an empty archive as zipSync does', () => {
    expect(Buffer.from(createZipWriter().finish()).equals(Buffer.from(zipSync({})))).toBe(true);
  });
});
