/** A number found in prose, parsed into the fields of a fact; `evidence` is the matched words, verbatim. */
export interface FoundFigure {
  evidence: string;
  value: number;
  unit: string;
  scale?: '万' | '亿' | '千' | '千亿' | 'thousand' | 'million' | 'billion' | 'trillion';
  kind: 'currency' | 'percent' | 'percentage-points' | 'count' | 'multiple' | 'duration' | 'year' | 'rate';
  qualifier: 'exact' | 'approx' | 'over' | 'under' | 'up-to';
  /** Offset of the evidence in the text. */
  index: number;
}

const ZH_QUALIFIERS: Record<string, FoundFigure['qualifier']> = {
  超过: 'over', 超: 'over', 逾: 'over', 不足: 'under', 不到: 'under', 近: 'approx', 约: 'approx', 高达: 'up-to', 多达: 'up-to',
};
const ZH_UNITS = '个百分点|个季度|亿美元|美元|人民币|港元|欧元|英镑|日元|元|%|％|倍|个|家|名|人|台|款|项|次|座|年|Gbps|GB|TB|MW';
const ZH = new RegExp(
  `(超过|超|逾|不足|不到|近|约|高达|多达)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(多)?(千亿|亿|万|千)?(多)?\\s?(${ZH_UNITS})(以上|以下|左右)?`,
  'gu',
);
const EN = /(more than |over |about |nearly |almost |up to |under )?(\$|US\$)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)( ?%| percent| (?:thousand|million|billion|trillion))?( (?:dollars|USD|people|users|customers|employees|jobs|stores|features|services|times))?/giu;
const YEAR = /^(19|20)\d\d$/;

function kindOf(unit: string): FoundFigure['kind'] {
  if (/美元|元|人民币|港元|欧元|英镑|日元|dollars|USD|\$/.test(unit)) return 'currency';
  if (unit === '%' || unit === '％' || unit.trim() === 'percent') return 'percent';
  if (unit === '个百分点') return 'percentage-points';
  if (unit === '倍' || unit.trim() === 'times') return 'multiple';
  if (unit === '年' || unit === '个季度') return 'duration';
  if (/Gbps|MW/.test(unit)) return 'rate';
  return 'count';
}

/** Chinese figures: `超过4600亿美元`, `29.4%`, `3万倍`, `27000个`, `30多亿美元`, `5个百分点`; years become `year`. */
function findZh(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const m of text.matchAll(ZH)) {
    const [evidence, pre, digits, more1, scale, more2, unit, post] = m;
    const value = Number(digits!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (unit === '年' && YEAR.test(digits!) && !scale) {
      found.push({ evidence: `${digits}年`, value, unit: '', kind: 'year', qualifier: 'exact', index: m.index! + (pre?.length ?? 0) });
      continue;
    }
    let qualifier: FoundFigure['qualifier'] = pre ? (ZH_QUALIFIERS[pre] ?? 'exact') : 'exact';
    if (more1 || more2 || post === '以上') qualifier = 'over';
    else if (post === '以下') qualifier = 'under';
    else if (post === '左右') qualifier = 'approx';
    const money = unit === '亿美元' ? { scale: '亿' as const, unit: '美元' } : { scale, unit: unit! };
    found.push({
      evidence: evidence!,
      value,
      unit: money.unit === '％' ? '%' : money.unit,
      ...(money.scale ? { scale: money.scale as FoundFigure['scale'] } : {}),
      kind: kindOf(money.unit),
      qualifier,
      index: m.index!,
    });
  }
  return found;
}

/** English figures: `$5 billion`, `12%`, `3,300 features`, `more than 200 million users`; years become `year`. */
function findEn(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const m of text.matchAll(EN)) {
    const [evidence, pre, dollar, digits, scaleOrPercent, unitWord] = m;
    const value = Number(digits!.replace(/,/g, ''));
    const sp = scaleOrPercent?.trim();
    if (!dollar && !sp && !unitWord) {
      if (YEAR.test(digits!)) found.push({ evidence: digits!, value, unit: '', kind: 'year', qualifier: 'exact', index: m.index! + (pre?.length ?? 0) });
      continue;
    }
    const percent = sp === '%' || sp === 'percent';
    const unit = dollar ? 'USD' : percent ? '%' : (unitWord?.trim() ?? '');
    const q = pre?.trim().toLowerCase();
    const qualifier: FoundFigure['qualifier'] =
      q === 'more than' || q === 'over' ? 'over' : q === 'about' || q === 'nearly' || q === 'almost' ? 'approx' : q === 'up to' ? 'up-to' : q === 'under' ? 'under' : 'exact';
    found.push({
      evidence: evidence!.trimEnd(),
      value,
      unit,
      ...(sp && !percent ? { scale: sp as FoundFigure['scale'] } : {}),
      kind: dollar ? 'currency' : percent ? 'percent' : kindOf(unit),
      qualifier,
      index: m.index!,
    });
  }
  return found;
}

/** Every figure in a paragraph, in text order; CJK text is read with the Chinese patterns. */
export function findFigures(text: string): FoundFigure[] {
  const cjk = /[\u4e00-\u9fff]/.test(text);
  return (cjk ? findZh(text) : findEn(text)).sort((a, b) => a.index - b.index);
}
