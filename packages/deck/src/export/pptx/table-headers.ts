/**
 * Marks the first row of every table of a slide part as its header row (`<a:tblPr firstRow="1">`): every
 * table the layouts draw starts with its column headings, and PowerPoint and screen readers read the flag.
 * Note: pptxgenjs writes a bare `<a:tblPr/>` and has no option for it.
 */
export function tableHeaders(name: string, xml: string): string {
  if (!/^ppt\/slides\/slide\d+\.xml$/.test(name) || !xml.includes('<a:tblPr/>')) return xml;
  return xml.replaceAll('<a:tblPr/>', '<a:tblPr firstRow="1"/>');
}
