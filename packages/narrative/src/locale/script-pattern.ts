import { isTraditional, toTraditional } from './chinese-script.js';

const expanded = new WeakMap<RegExp, RegExp>();

/**
 * A pattern written with Simplified characters (`由于|因为`), made to match text in the script `tag` asks for:
 * for a Traditional tag each Han character with another Traditional form also matches that form (`由[于於]`);
 * otherwise the pattern itself. Character classes gain the forms too (`[万亿]` → `[万亿萬億]`).
 */
export function scriptPattern(tag: string, pattern: RegExp): RegExp {
  if (!isTraditional(tag)) return pattern;
  let out = expanded.get(pattern);
  if (!out) {
    out = new RegExp(bothScripts(pattern.source), pattern.flags);
    expanded.set(pattern, out);
  }
  return out;
}

function bothScripts(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const t = /\p{Script=Han}/u.test(c) ? toTraditional(c) : c; // one character: the same in every region
    if (t === c || [...t].length !== 1) out += c;
    else out += inClass ? c + t : `[${c}${t}]`;
  }
  return out;
}
