import type { Marp } from '@marp-team/marp-core';

/** The parts of a markdown-it token the rule touches. */
interface Token {
  type: string;
  level: number;
  map: [number, number] | null;
  meta: unknown;
  block: boolean;
  attrSet(name: string, value: string): void;
}

interface CoreState {
  inlineMode: boolean;
  tokens: Token[];
  Token: new (type: string, tag: string, nesting: number) => Token;
}

interface CoreRuler {
  at(name: string, rule: (state: CoreState) => void): void;
}

const defaultAnchor = (i: number): string => `${i + 1}`;

/**
 * Marpit's `marpit_slide` core rule (split the tokens at each top-level `---` and wrap every slide in a
 * `<section>`), rebuilt to append in place: Marpit 3 copies the whole token list once per slide
 * (`[...arr, ...slide]` in a reduce), which makes a deck of n slides cost n² (8,000 slides: ~40 s).
 * Same tokens, same order, same attributes and meta as Marpit's rule, so the HTML is the same.
 *
 * Note: like `renderStyle` in caching-marp.ts this leans on Marpit's internals (the rule's name and the
 * token shape); `test/marp-extension.test.ts` pins the versions and compares the output with plain Marp.
 */
export function useLinearSlideRule(marp: Marp): void {
  const options = marp.options as { anchor?: boolean | ((i: number) => string) };
  const anchorOf = (i: number): string | undefined => {
    if (typeof options.anchor === 'function') return options.anchor(i);
    return options.anchor ? defaultAnchor(i) : undefined;
  };
  const ruler = (marp.markdown as unknown as { core: { ruler: CoreRuler } }).core.ruler;
  ruler.at('marpit_slide', (state) => {
    if (state.inlineMode) return;
    const slides: Token[][] = [[]];
    for (const t of state.tokens) {
      if (t.type === 'hr' && t.level === 0) slides.push([t]);
      else slides[slides.length - 1]!.push(t);
    }
    const total = slides.length;
    const out: Token[] = [];
    slides.forEach((tokens, marpitSlide) => {
      const firstHr = tokens[0] && tokens[0].type === 'hr' ? tokens[0] : undefined;
      const mapTarget = firstHr ?? tokens.find((t) => t.map);
      const open = new state.Token('marpit_slide_open', 'section', 1);
      const close = new state.Token('marpit_slide_close', 'section', -1);
      Object.assign(open, {
        block: true,
        meta: { marpitSlide, marpitSlideTotal: total, marpitSlideElement: 1 },
        map: mapTarget ? mapTarget.map : [0, 1],
      });
      Object.assign(close, { block: true, meta: { marpitSlide, marpitSlideTotal: total, marpitSlideElement: -1 } });
      const id = anchorOf(marpitSlide);
      if (id != null) open.attrSet('id', id);
      out.push(open);
      for (let i = firstHr ? 1 : 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        t.level += 1;
        out.push(t);
      }
      out.push(close);
    });
    state.tokens = out;
  });
}
