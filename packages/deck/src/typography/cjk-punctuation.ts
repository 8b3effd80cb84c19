/**
 * Full-width punctuation for Chinese display text: a half-width `,` `:` `;` `!` `?` or a pair of straight
 * quotes that stands in Chinese text becomes its full-width form (`，` `：` `；` `！` `？` `“…”` `‘…’`), and
 * the space a Latin habit put after it goes. Latin runs (`Amazon, Inc.`), numbers (`1,500`, `10:30`) and
 * apostrophes (`AWS's`) keep theirs. Pure; for display text only — notes and the content stay as written.
 */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d]/u;
const HAN = /\p{Script=Han}/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Straight quotes around text with a Han character, or touching one, become curly full-width ones. */
function quotes(text: string): string {
  let out = text.replace(/"([^"\n]*)"/g, (whole, inner: string, at: number) => {
    const before = text[at - 1];
    const after = text[at + whole.length];
    return HAN.test(inner) || isCjk(before) || isCjk(after) ? `“${inner}”` : whole;
  });
  out = out.replace(/'([^'\n]*)'/g, (whole, inner: string) => (HAN.test(inner) ? `‘${inner}’` : whole));
  return out;
}

/** `text` with its half-width punctuation set full-width where it stands in Chinese. */
export function fullWidthPunctuation(text: string): string {
  const chars = [...quotes(text)];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const full = FULL[c];
    if (full === undefined) {
      out.push(c);
      continue;
    }
    const before = chars[i - 1];
    let next = i + 1;
    while (chars[next] === ' ') next++;
    const after = chars[next];
    const between = isDigit(before) && isDigit(chars[i + 1]);
    // `!`/`?` only after Chinese; `,` `:` `;` after Chinese or before it.
    const chinese = c === '!' || c === '?' ? isCjk(before) : isCjk(before) || isCjk(after);
    if (between || !chinese) {
      out.push(c);
      continue;
    }
    out.push(full);
    i = next - 1;
  }
  return out.join('');
}
