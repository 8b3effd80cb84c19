import type { FigureKind, FigureQualifier } from './figure.js';

/** Words before a number that qualify it, longest first. */
export const ZH_QUALIFIERS: readonly (readonly [string, FigureQualifier])[] = [
  ['将近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['约', 'approx'], ['近', 'approx'], ['逾', 'over'], ['超过', 'over'], ['超', 'over'],
  ['不足', 'under'], ['不到', 'under'], ['低于', 'under'], ['高达', 'up-to'], ['多达', 'up-to'], ['最多', 'up-to'], ['至少', 'at-least'], ['大約', 'approx'], ['約', 'approx'], ['超過', 'over'], ['將近', 'approx'],
];
export const EN_QUALIFIERS: readonly (readonly [string, FigureQualifier])[] = [
  ['more than', 'over'], ['over', 'over'], ['above', 'over'], ['nearly', 'approx'], ['almost', 'approx'], ['about', 'approx'], ['around', 'approx'],
  ['roughly', 'approx'], ['approximately', 'approx'], ['some', 'approx'], ['up to', 'up-to'], ['as much as', 'up-to'], ['as many as', 'up-to'],
  ['less than', 'under'], ['under', 'under'], ['fewer than', 'under'], ['below', 'under'], ['at least', 'at-least'],
];

/** Units written after a Chinese number, longest first, with the kind they make. */
export const ZH_UNITS: readonly (readonly [string, FigureKind])[] = [
  ['个百分点', 'percentage-points'], ['個百分點', 'percentage-points'], ['百分点', 'percentage-points'], ['百分點', 'percentage-points'], ['个基点', 'percentage-points'], ['基点', 'percentage-points'],
  ['美元', 'currency'], ['美金', 'currency'], ['人民币', 'currency'], ['人民幣', 'currency'], ['新台币', 'currency'], ['新台幣', 'currency'], ['台币', 'currency'], ['台幣', 'currency'],
  ['港元', 'currency'], ['港币', 'currency'], ['欧元', 'currency'], ['歐元', 'currency'], ['英镑', 'currency'], ['日元', 'currency'], ['日圓', 'currency'], ['美分', 'currency'], ['元', 'currency'],
  ['%', 'percent'], ['％', 'percent'], ['倍', 'multiple'],
  ['个季度', 'duration'], ['個季度', 'duration'], ['个月', 'duration'], ['個月', 'duration'], ['小时', 'duration'], ['小時', 'duration'], ['天', 'duration'], ['年', 'duration'],
  ['Gbps', 'rate'], ['GW', 'rate'], ['MW', 'rate'], ['吉瓦', 'rate'], ['兆瓦', 'rate'], ['纳米', 'other'], ['奈米', 'other'], ['nm', 'other'], ['GB', 'other'], ['TB', 'other'], ['PB', 'other'],
  ['万人', 'count'], ['个', 'count'], ['個', 'count'], ['家', 'count'], ['名', 'count'], ['人', 'count'], ['位', 'count'], ['台', 'count'], ['辆', 'count'], ['輛', 'count'], ['款', 'count'],
  ['项', 'count'], ['項', 'count'], ['次', 'count'], ['座', 'count'], ['颗', 'count'], ['顆', 'count'], ['块', 'count'], ['塊', 'count'], ['枚', 'count'], ['张', 'count'], ['張', 'count'],
  ['户', 'count'], ['戶', 'count'], ['所', 'count'], ['间', 'count'], ['間', 'count'], ['条', 'count'], ['條', 'count'], ['份', 'count'], ['部', 'count'], ['片', 'count'], ['套', 'count'], ['件', 'count'], ['笔', 'count'], ['筆', 'count'],
];

/** Currency signs before a number, and the unit they stand for. */
export const CURRENCY_SIGNS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'], ['NT$', 'TWD'], ['HK$', 'HKD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'CNY'], ['￥', 'CNY'], ['RMB', 'CNY'],
];

/** English words after a number that make it a percentage, multiple or duration. */
export const EN_UNITS: readonly (readonly [RegExp, string, FigureKind])[] = [
  [/^\s?(?:%|％)/u, '%', 'percent'],
  [/^\s(?:percent|per cent)\b/u, '%', 'percent'],
  [/^\s(?:percentage points?|points?|ppts?|pp)\b/u, 'percentage points', 'percentage-points'],
  [/^\s(?:basis points?|bps)\b/u, 'basis points', 'other'],
  [/^(?:x|×)(?![A-Za-z])|^\s?(?:times|fold)\b/u, '×', 'multiple'],
  [/^\s(?:years?|months?|quarters?|weeks?|days?|hours?)\b(?!\s+(?:ago|earlier|later))/u, '', 'duration'],
  [/^\s?(?:GW|MW|Gbps|TWh|GWh)\b/u, '', 'rate'],
];

/** Words after an English number that are not its unit. */
export const EN_NOT_UNIT = new Set(
  'in on at of to and or from for by vs versus than the a an as per with year-on-year yoy year-over-year a-year over under up down since until through compared while when after before last this that its their his her is was were are be been between'.split(' '),
);

export const EN_SCALES: Record<string, 'thousand' | 'million' | 'billion' | 'trillion'> = {
  thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion', k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion',
};
