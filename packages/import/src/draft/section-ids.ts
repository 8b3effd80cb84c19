import { segment } from '../nlp/segment.js';
import { type IdPool, slug } from '../nlp/slug.js';

/**
 * A readable section id from its title: the first words (English) or the first two Chinese words in pinyin
 * (`云端坠落` → `yunduan-zhuiluo`), unique in the narrative.
 */
export function sectionId(title: string, index: number, chinese: boolean, pool: IdPool): string {
  let base: string;
  if (chinese) {
    const words = segment(title)
      .filter((t) => /[\u4e00-\u9fffA-Za-z]/u.test(t.word) && !/^(u|uj|p|c|x|r|d)$/.test(t.tag))
      .slice(0, 2);
    base = words
      .map((w) => slug(w.word, ''))
      .filter(Boolean)
      .join('-');
  } else {
    const words =
      title
        .toLowerCase()
        .match(/[a-z0-9]+/g)
        ?.filter((w) => !/^(the|a|an|of|and|in|on|for|to|is|are|with|its|how|why|what)$/.test(w)) ?? [];
    base = words.slice(0, 4).join('-');
  }
  return pool.take(base || `part-${index + 1}`);
}
