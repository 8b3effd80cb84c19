import { strToU8 } from 'fflate';
import type JSZip from 'jszip';
import { createOfficeZipWriter } from '../normalise-zip.js';
import type { PartSink } from './pptxgen-parts.js';
import { chartRefs, chartRenumbering } from './renumber-charts.js';
import { tableHeaders } from './table-headers.js';
import { type OfficeFaces, themeFonts } from './theme-fonts.js';

const XML_PART = /\.(xml|rels)$/;
const EMPTY = new Uint8Array(0);

/** A .pptx put together from pptxgenjs's parts. */
export interface PptxPackage {
  /** Takes an XML part as pptxgenjs makes it (edited, normalised and compressed at once), unless it names a chart. */
  take: PartSink;
  /** The package: the parts taken, and the parts left in `rest` (emptied on the way). */
  finish(rest: JSZip): Promise<Uint8Array>;
}

/**
 * The .pptx of pptxgenjs's parts, normalised (fixed dates and times, stable order: the same deck gives the
 * same bytes), with the edits pptxgenjs has no option for: charts numbered from 1, the theme's fonts, table
 * header rows. One part at a time: each is edited and compressed as it comes, so the package's uncompressed
 * parts are never all held at once. Parts that name a chart wait for `finish`: their numbers are known once
 * every part is.
 *
 * @param faces the theme's fonts
 */
export function createPptxPackage(faces: OfficeFaces): PptxPackage {
  const fonts = themeFonts(faces);
  const out = createOfficeZipWriter();
  const taken: string[] = [];
  const edit = (name: string, xml: string) => strToU8(tableHeaders(name, fonts(name, xml)));
  return {
    take(name, xml) {
      if (!XML_PART.test(name) || chartRefs(name) || chartRefs(xml)) return false;
      out.add(name, edit(name, xml));
      taken.push(name);
      return true;
    },
    async finish(rest) {
      const renumber = chartRenumbering([...taken, ...Object.keys(rest.files)]);
      for (const part of Object.values(rest.files)) {
        const name = renumber ? renumber(part.name) : part.name;
        if (part.dir) out.add(name, EMPTY);
        else if (XML_PART.test(name)) {
          const xml = await part.async('string');
          out.add(name, edit(name, renumber ? renumber(xml) : xml));
        } else out.add(name, await part.async('uint8array'));
        if (!part.dir) rest.remove(part.name);
      }
      return out.finish();
    },
  };
}
