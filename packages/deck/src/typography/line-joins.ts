/**
 * Word joiners (U+2060) where a Chinese line must not break: around the middle dot of a transliterated
 * name (安迪·杰西), between a number and its unit (50亿美元, 29.4%), and, in a short title, inside each
 * word (如何, 亚马逊) as ICU's dictionary segmenter (`Intl.Segmenter`) finds them, so a title wraps
 * between words only. For the Marp rendering; the model's text stays plain.
 */
export const WORD_JOINER = '\u2060';

const UNIT =
  // Note: Traditional forms listed too (萬億, 個百分點, 歐元…): the same deck code sets zh-TW narratives.
  '(?:[万亿千百兆萬億]+)?(?:美元|港元|欧元|歐元|元|[个個]百分[点點]|百分[点點]|倍|%|％|‰|年|[个個]月|月|日|季度|家|名|人|[项項]|款|[个個]|次|[岁歲]|台|天|小[时時]|分[钟鐘]|秒|GB|TB)';
const NUMBER_UNIT = new RegExp(`\\d(?:[\\d.,]*\\d)?${UNIT}`, 'gu');

/** A title short enough to keep its words whole: at most this many characters. */
export const SHORT_TITLE = 32;

let segmenter: Intl.Segmenter | undefined;

/** UTF-16 offsets inside `text` where no line may break (a joiner goes before the character there). */
function keptTogether(text: string, title: boolean): Set<number> {
  const at = new Set<number>();
  const span = (start: number, end: number): void => {
    for (let i = start + 1; i < end; i++)
      if (!(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) at.add(i);
  };
  for (const m of text.matchAll(/(?<=\S)·(?=\S)/g)) span(m.index - 1, m.index + 2);
  for (const m of text.matchAll(NUMBER_UNIT)) span(m.index, m.index + m[0].length);
  if (title && [...text].length <= SHORT_TITLE) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(text)) {
      if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) span(s.index, s.index + s.segment.length);
    }
  }
  return at;
}

/**
 * `text` with word joiners where a line must not break. `title`: a heading, whose words are also kept
 * whole when it is short.
 */
export function joinUnbreakable(text: string, title = false): string {
  const at = keptTogether(text, title);
  if (at.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += at.has(i) ? `${WORD_JOINER}${text[i]}` : text[i];
  return out;
}
