/** Largest content file, in UTF-8 bytes, the parser reads; larger files give `file/too-large`. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Aliases a YAML document may expand; beyond this it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** UTF-8 length of a string, stopping early once it passes `limit`. */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
