import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word with its part-of-speech tag (jieba's ICTCLAS set: nr person, ns place, nt organisation, nz proper noun, eng Latin…). */
export interface Token {
  word: string;
  tag: string;
  start: number;
}

let jieba: Jieba | undefined;

/** Words the default dictionary splits badly in business writing; extend as articles need. */
const EXTRA_WORDS = [
  '同比增长 3 v',
  '环比增长 3 v',
  '净利润 5 n',
  '营业利润 5 n',
  '毛利率 5 n',
  '营业收入 5 n',
  '市场份额 5 n',
  '财年 5 n',
  '百分点 5 n',
  '雲端 5 n',
  '营收 5 n',
  '營收 5 n',
];

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(EXTRA_WORDS.join('\n')));
  }
  return jieba;
}

/** Segments Chinese text (Latin runs come out as `eng` tokens) with POS tags and offsets. */
export function segment(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of instance().tag(text)) {
    const start = text.indexOf(word, at);
    out.push({ word, tag, start: start < 0 ? at : start });
    at = start < 0 ? at : start + word.length;
  }
  return out;
}

/** Content words of a sentence for ranking: Chinese words of two or more characters, or Latin words, lower-cased. */
export function contentWords(text: string, chinese: boolean): string[] {
  if (!chinese) return (text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !EN_STOP.has(w));
  return segment(text)
    .filter((t) => /^(n|v|vn|a|eng|nr|ns|nt|nz|nrt)/.test(t.tag) && (t.word.length >= 2 || /[A-Za-z]/.test(t.word)))
    .map((t) => t.word.toLowerCase());
}

const EN_STOP = new Set(
  'the and for that with this from was were are has had have its their which while than into over about also been but not more most after before when what where who will would could should they them there these those said says our his her'.split(
    ' ',
  ),
);
