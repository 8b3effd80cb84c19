/** Deepest `[`/`{` nesting a YAML file may use; real narrative files need a handful. */
export const MAX_FLOW_DEPTH = 64;
/** Widest run of indentation and `- ` / `? ` / `: ` markers a line may start with (block nesting). */
export const MAX_BLOCK_PREFIX = 512;

/**
 * Offset of the first place where the YAML nests deeper than the limits, or -1. Checked before parsing
 * because the yaml package recurses per level: a stack overflow there can strike inside V8's RegExp compiler,
 * which kills the process instead of throwing a RangeError. Quoted text is skipped, so `"[[["` does not count.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let prefix = 0;
  // The last character that was not a space: a quote opens a quoted scalar only where a value starts.
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      prefix = 0;
      prev = '\n';
      if (quote === '"') quote = '';
      continue;
    }
    if (lineStart) {
      if (
        c === ' ' ||
        c === '\t' ||
        ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t'))
      ) {
        if (++prefix > MAX_BLOCK_PREFIX) return i;
        if (c !== ' ' && c !== '\t') prev = c;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = '';
      prev = c;
      continue;
    }
    if ((c === '"' || c === "'") && VALUE_START.includes(prev)) quote = c;
    else if (c === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return -1;
}

const VALUE_START = ['\n', ':', '-', '?', '[', '{', ','];
