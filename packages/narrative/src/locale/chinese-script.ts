import { createRequire } from 'node:module';
import { isChinese } from './ui-language.js';

type Convert = (text: string) => string;
type Variant = 'cn' | 'tw' | 'twp' | 'hk';
interface OpenCC {
  Converter(options: { from: Variant; to: Variant }): Convert;
}

/**
 * Whether `tag` asks for Traditional Chinese characters: a `Hant` script subtag, or a region that writes them
 * (Taiwan, Hong Kong, Macao) without a `Hans` subtag. Case-insensitive; `_` counts as `-`.
 */
export function isTraditional(tag: string): boolean {
  if (!isChinese(tag)) return false;
  const subtags = tag.trim().toLowerCase().split(/[-_]/).slice(1);
  if (subtags.includes('hans')) return false;
  return subtags.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo');
}

// Note: OpenCC builds its dictionaries' tries when a converter is made (about a second of CPU), so converters are
// made on first use, from the CommonJS build through require: a Simplified or English narrative never loads it.
const converters = new Map<string, Convert>();
const memo = new Map<string, Map<string, string>>();

function converter(from: Variant, to: Variant): (text: string) => string {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    const opencc = createRequire(import.meta.url)('opencc-js') as OpenCC;
    convert = opencc.Converter({ from, to });
    converters.set(key, convert);
    memo.set(key, new Map());
  }
  const done = memo.get(key)!;
  const run = convert;
  return (text) => {
    let out = done.get(text);
    if (out === undefined) {
      out = run(text);
      if (text.length <= 200) done.set(text, out);
    }
    return out;
  };
}

/** Traditional → Simplified (OpenCC, Taiwan phrases), e.g. to match a Traditional name against a Simplified one. */
export function toSimplified(text: string): string {
  return converter('tw', 'cn')(text);
}

/**
 * Simplified → Traditional (OpenCC): Taiwan's characters and usual words (幻灯片 → 投影片, 软件 → 軟體) by
 * default, Hong Kong's with `region` `hk`.
 */
export function toTraditional(text: string, region: 'tw' | 'hk' = 'tw'): string {
  return converter('cn', region === 'hk' ? 'hk' : 'twp')(text);
}

/** The region whose Traditional usage `tag` asks for: Hong Kong and Macao write differently from Taiwan. */
export function traditionalRegion(tag: string): 'tw' | 'hk' {
  return /[-_](hk|mo)(?:[-_]|$)/i.test(tag) ? 'hk' : 'tw';
}

/**
 * Text Lectern wrote in Simplified Chinese (a label, a question template, a unit word), in the script `tag` asks
 * for: converted to Traditional for `zh-TW`, `zh-HK`, `zh-Hant`…, unchanged otherwise. Never for content, which is
 * already in its author's script.
 */
export function inScript(tag: string, simplified: string): string {
  return isTraditional(tag) ? toTraditional(simplified, traditionalRegion(tag)) : simplified;
}
