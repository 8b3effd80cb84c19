import mammoth from 'mammoth';
import type { ArticleDocument } from '../model.js';
import { readHtmlBody } from './read-html.js';

/** Reads a Word document through mammoth: its Heading/Title styles become headings, lists and tables prose. */
export async function readDocx(data: Uint8Array): Promise<ArticleDocument> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(data) },
    { styleMap: ["p[style-name='Title'] => h1:fresh"] },
  );
  return readHtmlBody(value);
}
