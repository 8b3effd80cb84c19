import { type Unzipped, strFromU8, strToU8 } from 'fflate';

/**
 * Marks the first row of every table as its header row (`<a:tblPr firstRow="1">`): every table
 * the layouts draw starts with its column headings, and PowerPoint and screen readers read the flag.
 * Note: pptxgenjs writes a bare `<a:tblPr/>` and has no option for it.
 */
export function tableHeaders(entries: Unzipped): Unzipped {
  const out: Unzipped = {};
  for (const [name, data] of Object.entries(entries)) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
      out[name] = data;
      continue;
    }
    const xml = strFromU8(data);
    out[name] = xml.includes('<a:tblPr/>') ? strToU8(xml.replaceAll('<a:tblPr/>', '<a:tblPr firstRow="1"/>')) : data;
  }
  return out;
}
