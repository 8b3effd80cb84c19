import type { ImportLanguage } from '../model.js';
import { toTraditional } from '@lectern/narrative';

/** Why a drafted value needs the author's eye; the message says what to do. */
export type ReviewMark =
  | { kind: 'subject-guessed'; name: string }
  | { kind: 'subject-missing' }
  | { kind: 'metric-guessed'; metric: string }
  | { kind: 'period-carried'; period: string }
  | { kind: 'period-missing' }
  | { kind: 'unit-unsure' }
  | { kind: 'fraction'; written: string; value: number }
  | { kind: 'title-missing' }
  | { kind: 'section-title-missing' }
  | { kind: 'drafted-points' }
  | { kind: 'speaker-guessed'; name: string }
  | { kind: 'kind-guessed'; guess: string }
  | { kind: 'asterisk'; paragraph: string };

const ZH: { [K in ReviewMark['kind']]: (m: Extract<ReviewMark, { kind: K }>) => string } = {
  'subject-guessed': (m) => `主体是推测的：这个数字说的是“${m.name}”吗？不是的话，把 subject 改成正确实体的 id`,
  'subject-missing': () =>
    '没找到主体：这个数字说的是哪家公司或哪个产品？在 narrative.yaml 的 entities 里加上它，再把 id 填到 subject',
  'metric-guessed': (m) => `没找到指标词：这个数字衡量的是什么？把 ${m.metric} 换成简短的键，如 revenue、market-share`,
  'period-carried': (m) => `时期 ${m.period} 沿用自前文：确认它也适用于这个数字`,
  'period-missing': () => '没找到时期：这个数字是哪一年或哪个季度的？有的话填 period（如 "2023"、"2023-Q1"）',
  'unit-unsure': () => '数字旁没有单位：核对 unit 和 kind',
  fraction: (m) => `原文写的是“${m.written}”，这里记为 ${m.value}%：确认这样换算合适`,
  'title-missing': () => '原文没有标题行：写上这份讲稿的标题',
  'section-title-missing': () => '原文这里没有小标题：给这一节起个标题',
  'drafted-points': () => '摘要和要点是按句子重要性自动摘取的：核对它们是否说出了这一节的重点',
  'speaker-guessed': (m) => `说话人是推测的：这句话是“${m.name}”说的吗？`,
  'kind-guessed': (m) => `类型推测为 ${m.guess}：如果它是产品、人物或机构，请改正 kind`,
  asterisk: (m) =>
    `段落 ${m.paragraph} 里有原文的 *（已写成 \\*）：如果它替换了被过滤的词，恢复这个词，并在 narrative.yaml 的 editorialChanges 里记一条 kind: restored`,
};

const EN: { [K in ReviewMark['kind']]: (m: Extract<ReviewMark, { kind: K }>) => string } = {
  'subject-guessed': (m) =>
    `subject guessed: is this figure about ${m.name}? If not, set subject to the right entity id`,
  'subject-missing': () =>
    'subject not found: which company or product is this figure about? Add it under entities in narrative.yaml and put its id in subject',
  'metric-guessed': (m) =>
    `metric not found: what does this figure measure? Replace ${m.metric} with a short key such as revenue or market-share`,
  'period-carried': (m) => `period ${m.period} carried from the text before: check it applies to this figure`,
  'period-missing': () =>
    'period not found: which year or quarter is this figure for? Add period (e.g. "2023", "2023-Q1") if the text says',
  'unit-unsure': () => 'no unit next to the number: check unit and kind',
  fraction: (m) => `the source writes "${m.written}", recorded here as ${m.value}%: check the restatement`,
  'title-missing': () => 'the article has no title line: write the narrative title',
  'section-title-missing': () => 'the article has no heading here: give this section a title',
  'drafted-points': () =>
    'summary and key points were drafted by ranking sentences: check they say what matters in this section',
  'speaker-guessed': (m) => `speaker guessed: did ${m.name} say this?`,
  'kind-guessed': (m) => `kind guessed as ${m.guess}: correct kind if this is a product, person or organisation`,
  asterisk: (m) =>
    `paragraph ${m.paragraph} has a * from the source (written \\*): if it replaced a filtered word, restore the word and record it under editorialChanges with kind: restored`,
};

/** The review mark as a sentence in the narrative's language (Traditional Chinese through OpenCC). */
export function reviewMessage(mark: ReviewMark, language: ImportLanguage): string {
  const table = language === 'en' ? EN : ZH;
  const text = (table[mark.kind] as (m: ReviewMark) => string)(mark);
  return language === 'zh-TW' ? toTraditional(text) : text;
}
