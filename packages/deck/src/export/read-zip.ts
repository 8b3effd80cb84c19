import { inflateSync, type Unzipped, unzipSync } from 'fflate';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Offset of the end-of-central-directory record, or -1. */
function findEnd(zip: Uint8Array, view: DataView): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/**
 * The entries of a zip by name, like fflate's `unzipSync`, but a stored (uncompressed) entry is a view into
 * `zip` rather than a copy: a pptxgenjs package written without compression is ~90 MB at 8,000 slides, and
 * copying it out again doubled that. Deflated entries are inflated. Anything unusual (zip64, a damaged
 * directory, another compression) goes to `unzipSync`.
 */
export function readZip(zip: Uint8Array): Unzipped {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(zip, view);
  if (end < 0) return unzipSync(zip);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return unzipSync(zip);
  const out: Unzipped = {};
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) return unzipSync(zip);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = (flags & 0x800 ? utf8 : latin1).decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) return unzipSync(zip);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + size > zip.length || (method !== 0 && method !== 8)) return unzipSync(zip);
    const data = zip.subarray(start, start + size);
    // A view shares the archive's buffer, an ArrayBuffer whenever the archive's is.
    out[name] = (method === 0 ? data : inflateSync(data)) as Unzipped[string];
  }
  return out;
}
