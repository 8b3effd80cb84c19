/**
 * The characters a deck page draws, split by the face that draws them: every character of the slides goes
 * to the regular face (400), and those inside bold contexts also to the bold face (700). A bold context is
 * an element every theme draws at 600 or more — headings, `strong`/`b`, table cells, block quotes, a
 * checkpoint question, chart labels with `font-weight="700"` — so the sets hold all a theme can ask for.
 * Speaker notes are not slide text: the presenter panel draws them with the system's CJK font.
 */
export interface WeightedText {
  regular: Set<number>;
  bold: Set<number>;
}

const BOLD_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th', 'td', 'blockquote']);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'source']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Digits and separators that CSS counters, list markers and `attr()` pagination draw. */
const GENERATED = '0123456789/.·•-–— ';

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function addText(set: Set<number>, text: string): void {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20) set.add(code);
  }
}

function isBold(name: string, attributes: string, parentBold: boolean, inQuestion: boolean): boolean {
  if (parentBold || BOLD_ELEMENTS.has(name)) return true;
  if (name === 'text' || name === 'tspan') return /font-weight="(bold|[6-9]00)"/.test(attributes);
  return name === 'p' && inQuestion;
}

/**
 * The regular and bold characters of a deck's slide markup (`html`: Marp's sections) and the strings its
 * CSS generates (`css`: every `content: "…"`, e.g. gaia's quotation marks).
 */
export function weightedText(html: string, css = ''): WeightedText {
  const regular = new Set<number>();
  const bold = new Set<number>();
  const generated =
    [...css.matchAll(/content:\s*("[^"]*"|'[^']*')/g)].map((m) => m[1]!.slice(1, -1)).join('') + GENERATED;
  addText(regular, generated);
  addText(bold, generated);
  const stack: Array<{ name: string; bold: boolean; question: boolean }> = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  const flush = (end: number): void => {
    if (end <= last) return;
    const text = decodeEntities(html.slice(last, end));
    addText(regular, text);
    if (stack.at(-1)?.bold) addText(bold, text);
  };
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    flush(m.index);
    last = m.index + m[0].length;
    const name = m[2]!.toLowerCase();
    const attributes = m[3] ?? '';
    if (m[1] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || attributes.endsWith('/')) continue;
    if (name === 'script' || name === 'style') {
      const close = html.indexOf(`</${name}`, last);
      last = close < 0 ? html.length : close;
      tag.lastIndex = last;
      continue;
    }
    const parent = stack.at(-1);
    const question =
      (parent?.question ?? false) || (name === 'section' && /\bclass="[^"]*\bcheckpoint-question\b/.test(attributes));
    stack.push({ name, bold: isBold(name, attributes, parent?.bold ?? false, question), question });
  }
  flush(html.length);
  return { regular, bold };
}
