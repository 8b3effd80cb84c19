import { type ZipOptions, zipSync } from 'fflate';

/** A zip built one entry at a time. */
export interface ZipWriter {
  /** Compresses one entry and keeps its records; the entry's data is not kept. */
  add(name: string, data: Uint8Array, options: ZipOptions): void;
  /** The archive: every entry in the order added, then the central directory. */
  finish(): Uint8Array;
}

const EOCD_LENGTH = 22;

/**
 * A zip with the bytes fflate's `zipSync` gives for the same entries, options and order, built one entry at a
 * time: `zipSync` needs every entry's uncompressed data at once (~100 MB for the parts of a 1,000-section
 * deck's PPTX), this writer holds only the compressed records. Each entry is zipped alone by `zipSync`, so its
 * records are fflate's own; its local record is kept as it is, its central-directory record gets the offset the
 * local record has in the whole archive.
 */
export function createZipWriter(): ZipWriter {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  return {
    add(name, data, options) {
      const single = zipSync({ [name]: [data, options] });
      const view = new DataView(single.buffer, single.byteOffset, single.byteLength);
      const centralAt = view.getUint32(single.length - EOCD_LENGTH + 16, true);
      const central = single.subarray(centralAt, single.length - EOCD_LENGTH);
      new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
      locals.push(single.subarray(0, centralAt));
      centrals.push(central);
      offset += centralAt;
    },
    finish() {
      const centralLength = centrals.reduce((sum, c) => sum + c.length, 0);
      const out = new Uint8Array(offset + centralLength + EOCD_LENGTH);
      let at = 0;
      for (const part of [...locals, ...centrals]) {
        out.set(part, at);
        at += part.length;
      }
      const view = new DataView(out.buffer);
      view.setUint32(at, 0x06054b50, true);
      view.setUint16(at + 8, centrals.length, true);
      view.setUint16(at + 10, centrals.length, true);
      view.setUint32(at + 12, centralLength, true);
      view.setUint32(at + 16, offset, true);
      return out;
    },
  };
}
