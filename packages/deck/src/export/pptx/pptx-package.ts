import { strToU8 } from 'fflate';
import type JSZip from 'jszip';
import { createOfficeZipWriter, officeOrder } from '../normalise-zip.js';
import { chartRenumbering } from './renumber-charts.js';
import { tableHeaders } from './table-headers.js';
import { type OfficeFaces, themeFonts } from './theme-fonts.js';

const XML_PART = /\.(xml|rels)$/;
const EMPTY = new Uint8Array(0);

/**
 * The .pptx of pptxgenjs's parts, normalised (fixed dates and times, stable order: the same deck gives the
 * same bytes), with the edits pptxgenjs has no option for: charts numbered from 1, the theme's fonts, table
 * header rows. One part at a time: each is read, edited, compressed and dropped from `parts`, so the package's
 * uncompressed parts are never held twice, nor the whole package uncompressed.
 *
 * @param parts the archive from `pptxgenParts` (emptied on the way)
 * @param faces the theme's fonts
 */
export async function packagePptx(parts: JSZip, faces: OfficeFaces): Promise<Uint8Array> {
  const renumber = chartRenumbering(Object.keys(parts.files));
  const rename = renumber ?? ((name: string) => name);
  const fonts = themeFonts(faces);
  const byName = new Map(Object.values(parts.files).map((part) => [rename(part.name), part]));
  const out = createOfficeZipWriter();
  for (const name of officeOrder(byName.keys())) {
    const part = byName.get(name)!;
    byName.delete(name);
    if (part.dir) {
      out.add(name, EMPTY);
      continue;
    }
    let data: Uint8Array;
    if (XML_PART.test(name)) {
      const xml = await part.async('string');
      data = strToU8(tableHeaders(name, fonts(name, renumber ? renumber(xml) : xml)));
    } else data = await part.async('uint8array');
    parts.remove(part.name);
    out.add(name, data);
  }
  return out.finish();
}
