import { inScript } from '../locale/chinese-script.js';
import type { z } from 'zod';
import type { QualifierSchema } from '../schema/fact.js';

export type Qualifier = z.output<typeof QualifierSchema>;

/** Chinese words for each qualifier, the default first; longer synonyms before their substrings. */
const ZH: Record<Qualifier, string[]> = {
  exact: [''],
  approx: ['约', '大约', '近'],
  over: ['超过', '逾', '超'],
  under: ['不足', '将近', '接近', '不到', '近'],
  'up-to': ['高达', '达'],
  'at-least': ['至少', '不少于'],
};

const EN: Record<Qualifier, string> = {
  exact: '',
  approx: 'about',
  over: 'more than',
  under: 'less than',
  'up-to': 'up to',
  'at-least': 'at least',
};

/** The Chinese qualifier word, preferring the one the evidence itself uses (`近` rather than `不足`). */
export function zhQualifier(qualifier: Qualifier, evidence: string | undefined, language = 'zh-CN'): string {
  const words = ZH[qualifier];
  const said = (w: string): boolean => !!evidence && evidence.includes(inScript(language, w));
  const used = evidence ? [...words].sort((a, b) => b.length - a.length).find((w) => w && said(w)) : undefined;
  return used ?? words[0]!;
}

/** The English qualifier; "nearly" when the evidence says 近 (close to, from below). */
export function enQualifier(qualifier: Qualifier, evidence: string | undefined): string {
  if ((qualifier === 'under' || qualifier === 'approx') && evidence && /近/.test(evidence)) return 'nearly';
  return EN[qualifier];
}
