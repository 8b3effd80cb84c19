import { type PDFContext, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from './outline-entry.js';

/**
 * Writes `entries` into a PDF as its outline (the bookmark panel) and asks readers to open with the panel
 * shown. Everything else is kept as it was: no producer or date is added, so the same input gives the
 * same bytes.
 *
 * @param pdf the PDF bytes (not changed)
 * @param entries bookmarks; a page index past the last page is an error
 * @returns a new PDF, or `pdf` itself when there is nothing to add
 */
export async function addPdfOutline(pdf: Uint8Array, entries: readonly OutlineEntry[]): Promise<Uint8Array> {
  if (entries.length === 0) return pdf;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages().map((p) => p.ref);
  const root = doc.context.nextRef();
  const { first, last, count } = writeLevel(doc.context, entries, root, pages);
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(count) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** Writes one level of bookmarks (siblings linked by Prev/Next); returns its ends and how many are shown open. */
function writeLevel(
  context: PDFContext,
  entries: readonly OutlineEntry[],
  parent: PDFRef,
  pages: readonly PDFRef[],
): { first: PDFRef; last: PDFRef; count: number } {
  const refs = entries.map(() => context.nextRef());
  let count = entries.length;
  entries.forEach((entry, i) => {
    const page = pages[entry.page];
    if (page === undefined)
      throw new RangeError(`outline entry "${entry.title}" opens page ${entry.page + 1} of ${pages.length}`);
    const dict = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: [page, 'Fit'],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    if (entry.children?.length) {
      const below = writeLevel(context, entry.children, refs[i]!, pages);
      dict.set(PDFName.of('First'), below.first);
      dict.set(PDFName.of('Last'), below.last);
      // Positive: the section is shown open, its slides listed.
      dict.set(PDFName.of('Count'), PDFNumber.of(below.count));
      count += below.count;
    }
    context.assign(refs[i]!, dict);
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, count };
}
