import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;
const converters = new Map<string, Convert>();

function converter(from: 'tw' | 'cn', to: 'tw' | 'cn'): Convert {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to }) as Convert;
    converters.set(key, convert);
  }
  return convert;
}

/** Traditional → Simplified (OpenCC, Taiwan phrases), for matching names across scripts. */
export function simplified(text: string): string {
  return converter('tw', 'cn')(text);
}

/** Simplified → Traditional (OpenCC, Taiwan), for messages in a zh-TW narrative. */
export function traditional(text: string): string {
  return converter('cn', 'tw')(text);
}
