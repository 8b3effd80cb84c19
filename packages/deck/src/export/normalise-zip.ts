import { strFromU8, strToU8 } from 'fflate';
import { readZip } from './read-zip.js';
import { createZipWriter, type ZipWriter } from './zip-writer.js';

/** 1980-01-01 00:00 local time: the earliest DOS time, and the same stamp in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const FIXED_W3CDTF = '1980-01-01T00:00:00Z';

/** Entries Office readers look for first; the rest follow in byte order of their names. */
const LEADING = ['[Content_Types].xml', '_rels/.rels'];

const CORE_DATES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

function entryOrder(a: string, b: string): number {
  const ia = LEADING.indexOf(a);
  const ib = LEADING.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? LEADING.length : ia) - (ib === -1 ? LEADING.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Part names in the order a normalised package holds them. */
export function officeOrder(names: Iterable<string>): string[] {
  return [...names].sort(entryOrder);
}

function normaliseEntry(name: string, data: Uint8Array): Uint8Array {
  if (name.endsWith('docProps/core.xml')) {
    return strToU8(strFromU8(data).replace(CORE_DATES, `$1${FIXED_W3CDTF}$3`));
  }
  // Charts embed their data as an .xlsx, itself a zip with its own dates and mtimes.
  if (/\.(xlsx|docx|pptx)$/.test(name)) return normaliseOfficeZip(data);
  return data;
}

/** A normalised package written one part at a time, in any order. */
export interface OfficeZipWriter {
  /** Normalises one part (fixed dates, embedded packages) and compresses it. */
  add(name: string, data: Uint8Array): void;
  /** The package, its parts in `officeOrder`. */
  finish(): Uint8Array;
}

export function createOfficeZipWriter(): OfficeZipWriter {
  const zip: ZipWriter = createZipWriter();
  return {
    add: (name, data) => zip.add(name, normaliseEntry(name, data), { mtime: FIXED_MTIME, level: 6 }),
    finish: () => zip.finish(entryOrder),
  };
}

/**
 * Re-zips an Office Open XML package (pptx, xlsx) so the same content gives the same bytes: fixed
 * created/modified dates in docProps/core.xml, one fixed mtime for every entry, a stable entry order,
 * and the same treatment for embedded packages (chart workbooks).
 *
 * @param zip the package bytes (not changed)
 */
export function normaliseOfficeZip(zip: Uint8Array): Uint8Array {
  const entries = readZip(zip);
  const out = createOfficeZipWriter();
  for (const [name, data] of Object.entries(entries)) out.add(name, data);
  return out.finish();
}
