import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../src/export/read-zip.js';

const entries = {
  '[Content_Types].xml': strToU8('<Types/>'.repeat(50)),
  'ppt/slides/slide1.xml': strToU8('<p:sld>幻灯片</p:sld>'),
  'ppt/幻灯片/说明.txt': strToU8('名字是 UTF-8'),
  'empty.bin': new Uint8Array(0),
};

describe('readZip', () => {
  it('reads what unzipSync reads: stored and deflated entries, UTF-8 names, an archive comment', () => {
    for (const level of [0, 6] as const) {
      const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { level }]])), {
        comment: 'made by a test',
      });
      const got = readZip(zip);
      expect(Object.keys(got)).toEqual(Object.keys(unzipSync(zip)));
      for (const [name, data] of Object.entries(unzipSync(zip)))
        expect(Buffer.from(got[name]!)).toEqual(Buffer.from(data));
    }
  });

  it('hands a stored entry back as a view of the archive, not a copy', () => {
    const zip = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }] });
    expect(readZip(zip)['a.xml']!.buffer).toBe(zip.buffer);
  });

  it('rejects what is not a zip as unzipSync does', () => {
    expect(() => readZip(strToU8('not a zip at all, just text'))).toThrow();
  });
});
