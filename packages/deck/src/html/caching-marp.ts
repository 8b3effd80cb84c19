import type { Marp } from '@marp-team/marp-core';

/** Theme CSS packs kept per instance; a deck uses one theme, so a handful of entries is plenty. */
const STYLE_CACHE_SIZE = 8;

/** A Marp class whose instances keep packed theme CSS; `packs` counts real packs (tests read it). */
export type CachingMarpClass = new (...args: ConstructorParameters<typeof Marp>) => Marp & { readonly packs: number };

/**
 * Marp with the theme CSS pack kept. Marpit packs the theme CSS through postcss on every render (~5 ms,
 * most of a small deck's render), though the result depends only on the theme, the global directives
 * and the pack options.
 *
 * Note: no public option turns this off, so this is the one place Lectern relies on more than Marp's
 * public API: Marpit's `renderStyle`, `themeSetPackOptions` and `lastGlobalDirectives`, which its typings
 * declare `protected` (the extension surface for subclasses). `test/marp-extension.test.ts` pins the
 * versions and the behaviour, so an upgrade that changes them fails there, loudly.
 */
export function cachingMarp(Base: typeof Marp): CachingMarpClass {
  return class CachingMarp extends Base {
    private readonly styles = new Map<string, string>();
    packs = 0;

    protected override renderStyle(theme?: string): string {
      const key = JSON.stringify([theme ?? null, this.lastGlobalDirectives ?? null, this.themeSetPackOptions()]);
      let css = this.styles.get(key);
      if (css === undefined) {
        css = super.renderStyle(theme);
        this.packs += 1;
        if (this.styles.size >= STYLE_CACHE_SIZE) this.styles.delete(this.styles.keys().next().value!);
        this.styles.set(key, css);
      }
      return css;
    }
  };
}
