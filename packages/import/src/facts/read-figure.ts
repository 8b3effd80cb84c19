import { chineseNumeral } from '@lectern/narrative';
import type { Figure, FigureKind, FigureQualifier, FigureScale } from './figure.js';
import {
  CURRENCY_SIGNS,
  EN_NOT_UNIT,
  EN_QUALIFIERS,
  EN_SCALES,
  EN_UNITS,
  ZH_QUALIFIERS,
  ZH_UNITS,
} from './figure-words.js';
import type { NumberSpan } from './number-spans.js';
import { countedBefore } from './counted-before.js';

/** Traditional scale characters written as the schema's Simplified ones. */
const SCALE_FORMS: Record<string, string> = {
  千亿: '千亿',
  千億: '千亿',
  万亿: '万亿',
  萬億: '万亿',
  亿: '亿',
  億: '亿',
  万: '万',
  萬: '万',
  千: '千',
  百万: '百万',
  百萬: '百万',
};

/** What the span is when it is not a figure: a year, part of a period or date, or part of a name. */
export type NotFigure = { year: number } | 'skip';

/** Reads a Chinese figure around a number span: qualifier, 多, scale (亿/万/千), unit. */
export function readZh(text: string, span: NumberSpan): Figure | NotFigure {
  const raw = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  const after = text.slice(span.end, span.end + 8);
  if (/[A-Za-z]-?$/.test(before) || (/^[A-Za-z]/.test(after) && !/^(Gbps|GW|MW|GB|TB|PB|nm)/.test(after)))
    return 'skip';
  if (
    /第$|Q$|FY$|H$/.test(before) ||
    (/^(?:季度|季|月|日|号|號|财年|財年|年度|年代|世纪|世紀|代|周年|週年|財季|财季|届|屆|期|名|位数)/u.test(after) &&
      !/^年(?!度)/.test(after))
  ) {
    if (!/^名/.test(after) || /第$/.test(before)) return 'skip';
  }
  const fraction = /^([零〇一二两三四五六七八九十百]+)分之([零〇一二两三四五六七八九十]+)$/u.exec(raw);
  if (fraction) {
    const share = (chineseNumeral(fraction[2]!) / chineseNumeral(fraction[1]!)) * 100;
    if (!(share > 0 && share <= 100)) return 'skip';
    // Note: written as a fraction, stated as a share; `fraction` asks the author to confirm the restatement.
    return {
      evidence: raw,
      start: span.start,
      numberAt: span.start,
      value: Math.round(share * 10) / 10,
      unit: '%',
      kind: 'percent',
      qualifier: 'exact',
      doubt: 'fraction',
    };
  }
  const digitsOnly = /^[-−]?[\d,.]+$/.test(raw);
  const negative = digitsOnly && !/^[-−]/.test(raw) && /(?:^|[^\dA-Za-z])[-−]$/u.test(before);
  const magnitude = digitsOnly ? Number(raw.replace(/,/g, '').replace('−', '-')) : chineseNumeral(raw);
  const value = negative ? -magnitude : magnitude;
  if (!Number.isFinite(value)) return 'skip';
  const sm = /^(多)?(千亿|千億|万亿|萬億|亿|億|万|萬|千|百万|百萬)?(多)?/u.exec(after)!;
  const scale = sm[2] ? (SCALE_FORMS[sm[2]] as FigureScale) : undefined;
  let rest = after.slice(sm[0].length).replace(/^\s/, '');
  const unitHit = ZH_UNITS.find(([u]) => rest.startsWith(u));
  if (digitsOnly && /^(19|20)\d\d$/.test(raw) && !scale && (unitHit?.[0] === '年' || /^[年至到—–-]/u.test(after))) {
    return /^年(?:代|度|初|底|末|中)?/.test(after) || /^[至到—–-]/u.test(after) ? { year: value } : 'skip';
  }
  const sign = CURRENCY_SIGNS.find(([s]) => before.endsWith(s));
  let unit = unitHit?.[0] ?? '';
  let kind: FigureKind = unitHit?.[1] ?? (sign ? 'currency' : 'other');
  if (sign && !unitHit) unit = sign[1];
  if (!unit && !scale && !sign) return 'skip';
  // Small numbers in characters (两年, 四个季度, 两款) are figures; `一` and a bare `个` (其中一个, 两个) are not.
  if (!digitsOnly && value < 10 && (value < 2 || unit === '个' || unit === '個' || !unitHit)) return 'skip';
  if (unit === '年' && value > 200) return 'skip';
  rest = rest.slice(unit.length);
  const post = /^(以上|以下|左右|多)/u.exec(rest)?.[1];
  let qualifier: FigureQualifier = 'exact';
  let qStart = span.start - (sign?.[0].length ?? 0) - (negative ? 1 : 0);
  for (const [w, q] of ZH_QUALIFIERS) {
    if (text.slice(Math.max(0, qStart - w.length), qStart) === w) {
      qualifier = q;
      qStart -= w.length;
      break;
    }
  }
  if (sm[1] || sm[3] || post === '以上' || post === '多') qualifier = 'over';
  else if (post === '以下') qualifier = 'under';
  else if (post === '左右') qualifier = 'approx';
  const end =
    span.end +
    sm[0].length +
    (after.slice(sm[0].length).length - after.slice(sm[0].length).replace(/^\s/, '').length) +
    unit.length +
    (post?.length ?? 0);
  if (kind === 'other' && scale && !unit) kind = 'count';
  const figure: Figure = {
    evidence: text.slice(qStart, end),
    start: qStart,
    numberAt: span.start,
    value,
    unit: unit === '％' ? '%' : unit,
    kind,
    qualifier,
  };
  if (scale) figure.scale = scale;
  if (!unitHit && !sign) figure.doubt = 'unit';
  return figure;
}

/** Reads an English figure around a number span: qualifier, currency sign, scale word, unit. */
export function readEn(text: string, span: NumberSpan): Figure | NotFigure {
  const raw = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const after = text.slice(span.end, span.end + 40);
  if (/[A-Za-z]-?$/.test(before) && !/(US|NT|HK)\$?$/.test(before) && !/RMB\s?$/.test(before)) return 'skip';
  if (/^[A-Za-z]/.test(after) && !/^(?:x|bn|mn|m|b|k|tn)\b/.test(after) && !/^(?:GW|MW|Gbps)/.test(after))
    return 'skip';
  if (
    /\b(?:Q|FY|H|fiscal|No\.?|#)\s?$/i.test(before) ||
    /^(?:st|nd|rd|th)\b/.test(after) ||
    /^[-/]\d/.test(after) ||
    /\d[-/]$/.test(before)
  )
    return 'skip';
  if (
    /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/.test(before) &&
    !/^,?\s?\d{4}/.test(after) === false
  )
    return 'skip';
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/.test(before)) return 'skip';
  const negative = !/^[-−]/.test(raw) && /(?:^|[\s(])[-−]$/u.test(before);
  const value = Number(raw.replace(/,/g, '').replace('−', '-')) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return 'skip';
  const sign = CURRENCY_SIGNS.find(([s]) => before.endsWith(s) || before.endsWith(`${s} `));
  const sm = /^(?:\s?(thousand|million|billion|trillion)\b|(bn|mn|m|b|k|tn)\b)/u.exec(after);
  const scaleWord = (sm?.[1] ?? sm?.[2])?.toLowerCase();
  const scale = scaleWord ? EN_SCALES[scaleWord] : undefined;
  let rest = after.slice(sm?.[0].length ?? 0);
  if (!sign && !scale && /^(19|20)\d\d$/.test(raw)) {
    const unitLike = EN_UNITS.some(([re]) => re.test(rest));
    if (!unitLike) return /^\s?[-–]\s?\d/.test(rest) ? 'skip' : { year: value };
  }
  let unit = sign?.[1] ?? '';
  let kind: FigureKind = sign ? 'currency' : 'other';
  let unitLength = 0;
  let doubt = false;
  const hit = sign ? undefined : EN_UNITS.map(([re, u, k]) => [re.exec(rest), u, k] as const).find(([m]) => m);
  if (hit) {
    const [m, u, k] = hit;
    unit = u || m![0].trim();
    kind = k;
    unitLength = m![0].length;
  } else if (!sign) {
    const hyphen = /^-(year|month|week|day|hour)\b/u.exec(rest);
    const ofIts = /^\s+of\s+(?:its|the|their|his|her)\s+[\d,]+\s+([a-z][a-z-]+)/u.exec(rest);
    const noun = /^\s((?:[a-z][a-z-]+\s)?[a-z][a-z-]+)/u.exec(rest);
    if (hyphen) {
      const fig: Figure = {
        evidence: text.slice(span.start, span.end + hyphen[0].length),
        start: span.start,
        numberAt: span.start,
        value,
        unit: hyphen[1]!,
        kind: 'duration',
        qualifier: 'exact',
      };
      return fig;
    }
    if (ofIts) {
      const fig: Figure = {
        evidence: text.slice(span.start, span.end),
        start: span.start,
        numberAt: span.start,
        value,
        unit: ofIts[1]!,
        kind: 'count',
        qualifier: 'exact',
      };
      return fig;
    }
    const first = noun?.[1]?.split(' ')[0];
    if (noun && first && !EN_NOT_UNIT.has(first)) {
      const words = noun[1]!.split(' ');
      const word =
        words.length === 2 && EN_NOT_UNIT.has(words[1]!)
          ? words[0]!
          : words.length === 2 && /s$/.test(words[1]!)
            ? noun[1]!
            : words[0]!;
      unit = word;
      kind = 'count';
      unitLength = 1 + word.length;
    } else if (scale) {
      kind = 'count';
      doubt = true;
    } else {
      const counted = countedBefore(text.slice(Math.max(0, span.start - 120), span.start));
      if (!counted) return 'skip';
      unit = counted;
      kind = 'count';
    }
  } else if (/^\s(?:dollars|USD)\b/.test(rest)) unitLength = /^\s(?:dollars|USD)/.exec(rest)![0].length;
  rest = rest.slice(unitLength);
  let qualifier: FigureQualifier = 'exact';
  let qStart = span.start - (negative ? 1 : 0);
  if (sign) qStart -= before.endsWith(`${sign[0]} `) ? sign[0].length + 1 : sign[0].length;
  const lead = text.slice(Math.max(0, qStart - 24), qStart).toLowerCase();
  for (const [w, q] of EN_QUALIFIERS) {
    if (new RegExp(`(?:^|\\W)${w}\\s$`).test(lead)) {
      qualifier = q;
      qStart -= w.length + 1;
      break;
    }
  }
  const end = span.end + (sm?.[0].length ?? 0) + unitLength;
  const figure: Figure = {
    evidence: text.slice(qStart, end),
    start: qStart,
    numberAt: span.start,
    value,
    unit,
    kind,
    qualifier,
  };
  if (scale) figure.scale = scale;
  if (doubt) figure.doubt = 'unit';
  return figure;
}
