import { type ZipOptions, zipSync } from 'fflate';

/** A zip built one entry at a time. */
export interface ZipWriter {
  /** Compresses one entry and keeps its records; the entry's data is not kept. A name added again replaces it. */
  add(name: string, data: Uint8Array, options: ZipOptions): void;
  /** The archive: the entries in the order added, or sorted by `order`, then the central directory. */
  finish(order?: (a: string, b: string) => number): Uint8Array;
}

const EOCD_LENGTH = 22;

/** One entry's records, as `zipSync` writes them for an archive of that entry alone. */
interface Records {
  local: Uint8Array;
  central: Uint8Array;
}

function records(name: string, data: Uint8Array, options: ZipOptions): Records {
  const single = zipSync({ [name]: [data, options] });
  const centralAt = new DataView(single.buffer).getUint32(single.length - EOCD_LENGTH + 16, true);
  return { local: single.subarray(0, centralAt), central: single.subarray(centralAt, single.length - EOCD_LENGTH) };
}

/**
 * A zip with the bytes fflate's `zipSync` gives for the same entries, options and order, built one entry at a
 * time: `zipSync` needs every entry's uncompressed data at once (~100 MB for the parts of a 1,000-section
 * deck's PPTX), this writer holds only the compressed records. Each entry is zipped alone by `zipSync`, so its
 * records are fflate's own; the local records are laid out in order, and each central-directory record gets
 * the offset of its local record.
 */
export function createZipWriter(): ZipWriter {
  const entries = new Map<string, Records>();
  return {
    add(name, data, options) {
      entries.delete(name);
      entries.set(name, records(name, data, options));
    },
    finish(order) {
      const names = order ? [...entries.keys()].sort(order) : [...entries.keys()];
      const list = names.map((name) => entries.get(name)!);
      const localLength = list.reduce((sum, e) => sum + e.local.length, 0);
      const centralLength = list.reduce((sum, e) => sum + e.central.length, 0);
      const out = new Uint8Array(localLength + centralLength + EOCD_LENGTH);
      const view = new DataView(out.buffer);
      let local = 0;
      let central = localLength;
      for (const entry of list) {
        out.set(entry.local, local);
        out.set(entry.central, central);
        view.setUint32(central + 42, local, true);
        local += entry.local.length;
        central += entry.central.length;
      }
      view.setUint32(central, 0x06054b50, true);
      view.setUint16(central + 8, list.length, true);
      view.setUint16(central + 10, list.length, true);
      view.setUint32(central + 12, centralLength, true);
      view.setUint32(central + 16, localLength, true);
      return out;
    },
  };
}
