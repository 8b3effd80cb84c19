/** A CSS `unicode-range` value for sorted, distinct code points: runs become `U+4e00-4e03`. */
export function unicodeRange(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const start = codes[i]!.toString(16);
    parts.push(j === i ? `U+${start}` : `U+${start}-${codes[j]!.toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}
