/**
 * Hostile file contents for the fault corpus: made at test time because they are big, binary or tedious to
 * commit. Every generator is deterministic.
 */

/** A "billion laughs" YAML document: each level aliases the one before ten times. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= levels; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(',');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  return `id: e2e-base\ntitle: bomb\nsections: [sections/01-shop.md]\n${lines.join('\n')}\n`;
}

/** A YAML value nested `depth` flow sequences deep: `[[[[…]]]]`. */
export function deepFlowNesting(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** A YAML value nested `depth` block mappings deep (one key per level, indented by one space). */
export function deepBlockNesting(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  lines.push(`${' '.repeat(depth)}leaf`);
  return lines.join('\n');
}

/** `size` bytes of pseudo-random data (xorshift32 from `seed`): binary garbage with NULs and invalid UTF-8. */
export function binaryGarbage(size: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** The UTF-8 bytes of `text` with the bytes `bad` (not valid UTF-8) spliced in where `marker` is. */
export function withInvalidUtf8(
  text: string,
  marker: string,
  bad: readonly number[] = [0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1],
): Uint8Array {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not in text`);
  const enc = new TextEncoder();
  const before = enc.encode(text.slice(0, at));
  const after = enc.encode(text.slice(at + marker.length));
  const out = new Uint8Array(before.length + bad.length + after.length);
  out.set(before, 0);
  out.set(bad, before.length);
  out.set(after, before.length + bad.length);
  return out;
}

/** One line of `length` characters of ordinary prose, with no line break. */
export function longLine(length: number, unit = '云业务贡献了利润。'): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
