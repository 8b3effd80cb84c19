import { forLanguage } from '@lectern/narrative';

/** Fixed words the deck shows, in the narrative's language (Chinese first, English otherwise). */
export interface DeckLabels {
  agenda: string;
  keyPoints: string;
  keyFigures: string;
  comparison: string;
  /** The unnamed rest of a whole in a share chart. */
  other: string;
  timeline: string;
  quote: string;
  summary: string;
  /** The slide that states a cut's argument. */
  thesis: string;
  sources: string;
  editorialNotes: string;
  checkpoint: string;
  answer: string;
  rationale: string;
  continued: string;
  item: string;
  kind: string;
  value: string;
  source: string;
  note: string;
  original: string;
  replacement: string;
  sourceLine: string;
  /** Joins a section title and a slide kind: `标题：对比`, `Title: Comparison`. */
  join: string;
  /** Quotation marks around a quotation. */
  quoteMarks: [string, string];
  kinds: Record<string, string>;
}

const zh: DeckLabels = {
  agenda: '议程',
  keyPoints: '要点',
  keyFigures: '关键数字',
  comparison: '对比',
  other: '其他',
  timeline: '时间线',
  quote: '引言',
  summary: '总结',
  thesis: '核心观点',
  sources: '来源与编辑说明',
  editorialNotes: '与原文不同之处',
  checkpoint: '检查点',
  answer: '答案',
  rationale: '解析',
  continued: '（续）',
  item: '项目',
  kind: '类型',
  value: '数值',
  source: '来源',
  note: '说明',
  original: '原文',
  replacement: '本版',
  sourceLine: '原文第{n}行',
  join: '：',
  quoteMarks: ['“', '”'],
  kinds: { restored: '恢复', corrected: '更正', translated: '翻译', added: '补充', title: '标题' },
};

const en: DeckLabels = {
  agenda: 'Agenda',
  keyPoints: 'Key points',
  keyFigures: 'Key figures',
  comparison: 'Comparison',
  other: 'Other',
  timeline: 'Timeline',
  quote: 'Quote',
  summary: 'Takeaways',
  thesis: 'The argument',
  sources: 'Sources and editorial notes',
  editorialNotes: 'Where this deck departs from the source',
  checkpoint: 'Checkpoint',
  answer: 'Answer',
  rationale: 'Why',
  continued: ' (cont.)',
  item: 'Item',
  kind: 'Kind',
  value: 'Value',
  source: 'Source',
  note: 'Note',
  original: 'Source text',
  replacement: 'This version',
  sourceLine: 'source line {n}',
  join: ': ',
  quoteMarks: ['\u201c', '\u201d'],
  kinds: { restored: 'restored', corrected: 'corrected', translated: 'translated', added: 'added', title: 'title' },
};

/** Labels for a BCP 47 language tag: Chinese tags get Chinese, everything else English (`uiLanguage`). */
export function deckLabels(language: string): DeckLabels {
  return forLanguage(language, { zh, en });
}
