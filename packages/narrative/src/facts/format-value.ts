import type { Fact } from '../model.js';
import { inScript } from '../locale/chinese-script.js';
import { isChinese } from '../locale/ui-language.js';
import { factMagnitude, type Scale } from './magnitude.js';
import { enQualifier, type Qualifier, zhQualifier } from './qualifier-words.js';

/** The fields of a fact that its display depends on. */
export type FactValue = Pick<Fact, 'value'> & {
  unit?: string;
  scale?: Scale | undefined;
  qualifier?: Qualifier;
  kind?: Fact['kind'];
  evidence?: string;
};

const USD = new Set(['USD', '美元', 'US$', '$']);
const EN_UNITS: Record<string, string> = {
  个: '',
  项: '',
  家: '',
  款: '',
  名: '',
  次: ' times',
  倍: '×',
  人: ' people',
  元: ' yuan',
  人民币: ' yuan',
  个月: ' months',
  月: ' months',
  个季度: ' quarters',
  季度: ' quarters',
  天: ' days',
  个百分点: ' percentage points',
};

/**
 * A fact's figure as a reader sees it. Chinese (the default): value and scale as written, then the unit
 * (`1500万美元`, `29.4%`, `27000个`, `超过50亿美元`, `1600 Gbps`). English (`language` starting with `en`):
 * `$15 million` for US dollars, otherwise the number (with million/billion) and unit.
 */
export function formatFactValue(fact: FactValue, language = 'zh-CN'): string {
  const qualifier = fact.qualifier ?? 'exact';
  const unit = (fact.unit ?? '').trim();
  if (!isChinese(language)) {
    const word = enQualifier(qualifier, fact.evidence);
    return `${word ? `${word} ` : ''}${englishFigure(fact, unit)}`;
  }
  const zhUnit = unit === 'USD' || unit === 'US$' || unit === '$' ? '美元' : unit;
  const spaced = /^[A-Za-z]/.test(zhUnit) ? ` ${zhUnit}` : zhUnit;
  const words = (text: string): string => inScript(language, text);
  return `${words(zhQualifier(qualifier, fact.evidence, language))}${plain(fact.value)}${words(`${fact.scale ?? ''}${spaced}`)}`;
}

function englishFigure(fact: FactValue, unit: string): string {
  const magnitude = factMagnitude(fact);
  if (USD.has(unit)) return `${magnitude < 0 ? '-' : ''}$${large(Math.abs(magnitude), fact)}`;
  if (unit === '%' || unit === '％') return `${plain(fact.value)}%`;
  const number = large(magnitude, fact);
  if (unit === '年') return fact.kind === 'year' ? number : `${number} years`;
  if (unit in EN_UNITS) return `${number}${EN_UNITS[unit]}`;
  return unit ? `${number} ${unit}` : number;
}

/** `15 million`, `460 billion`, `3,300`; years are never grouped. */
function large(n: number, fact: FactValue): string {
  if (fact.kind === 'year') return plain(n);
  const abs = Math.abs(n);
  for (const [limit, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= limit) return `${plain(Number((n / limit).toFixed(2)))} ${word}`;
  }
  return grouped(n);
}

function grouped(n: number): string {
  const [int, frac] = plain(n).split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = int!.replace('-', '').replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${digits}${frac ? `.${frac}` : ''}`;
}

/** A number as written, never in exponent notation. */
function plain(n: number): string {
  const text = String(n);
  return text.includes('e') ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
