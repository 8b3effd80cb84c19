import type { Page } from 'playwright-core';
import { normalisePdfDates } from './normalise-pdf-dates.js';

/** The page size of a PDF. */
export interface PdfSize {
  /** CSS pixels. */
  width: number;
  /** CSS pixels. */
  height: number;
}

/** Prints a loaded page to PDF: pages of `size`, no margins, backgrounds printed, dates fixed. */
export async function printPdf(page: Page, size: PdfSize): Promise<Uint8Array> {
  const pdf = await page.pdf({
    width: `${size.width}px`,
    height: `${size.height}px`,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
    preferCSSPageSize: true,
    tagged: false,
    outline: false,
  });
  return normalisePdfDates(new Uint8Array(pdf));
}
