import { entityName, factMagnitude, inScript, isChinese, type Narrative } from '@lectern/narrative';
import { isBridge, signedValue, storySubject } from './chart-semantics.js';
import { compareDates } from './event-date.js';
import { type FactGroup, isShareOfWhole, isTimeSeries } from './fact-groups.js';
import { toFactValue } from './fact-value.js';
import { metricLabel } from './metric-labels.js';

/**
 * What a chart shows as a whole, as one sentence from its own facts: a series' move from its first to its last
 * period (`AWS营收增速从30%降至16%`), else the measure with the subject that leads it, and the story's subject
 * beside it when that is another (`裁员比例：Twilio最高，为17%`, `Market share: AWS leads with 34%`); two subjects side
 * by side (`营收：阿里巴巴2247.9亿元，淘天集团718.8亿元`); a bridge's total with the parts that make it
 * (`集团盈利超过30亿美元：AWS利润超50亿美元，减去其他业务窟窿近20亿美元`). Undefined for a measure with no name in the
 * deck's language, or for a series that ends where it began.
 */
export function chartStatement(narrative: Narrative, group: FactGroup): string | undefined {
  const zh = isChinese(narrative.language);
  // Our own words in the deck's script (a zh-TW deck writes 為, 佔, 從); the labels and figures are the content's.
  const w = (simplified: string): string => inScript(narrative.language, simplified);
  const value = (f: FactGroup['facts'][number]) => {
    const v = toFactValue(narrative, f);
    return { text: v.text, label: v.label, signed: signedValue(f, factMagnitude(f)), subject: f.subject };
  };
  if (isBridge(group)) return bridgeStatement(group.facts.map(value), zh, w);
  const metrics = new Set(group.facts.map((f) => f.metric));
  const metric = metrics.size === 1 ? metricLabel([...metrics][0]!, narrative.language) : undefined;
  if (metric === undefined || group.facts.length < 2) return undefined;
  if (isTimeSeries(group)) {
    const series = [...group.facts].sort((a, b) => compareDates(a.period ?? '', b.period ?? ''));
    const first = value(series[0]!);
    const last = value(series[series.length - 1]!);
    if (first.signed === last.signed) return undefined;
    const up = last.signed > first.signed;
    const name = entityName(narrative, group.facts[0]!.subject);
    return zh
      ? `${name}${metric}${w('从')}${first.text}${w(up ? '升至' : '降至')}${last.text}`
      : `${name} ${metric.toLowerCase()} ${up ? 'rose' : 'fell'} from ${first.text} to ${last.text}`;
  }
  const points = group.facts.map(value);
  // Two points are set side by side: neither is "the highest" of a pair.
  const [a, b] = points;
  if (points.length === 2 && a !== undefined && b !== undefined)
    return zh
      ? `${metric}：${a.label}${a.text}，${b.label}${b.text}`
      : `${metric}: ${a.label} ${a.text}, ${b.label} ${b.text}`;
  const top = points.reduce((a, b) => (Math.abs(b.signed) > Math.abs(a.signed) ? b : a));
  const story = storySubject(narrative);
  const own = points.find((p) => p.subject === story && p !== top);
  if (isShareOfWhole(group))
    return zh ? `${metric}：${top.label}${w('居首，占')}${top.text}` : `${metric}: ${top.label} leads with ${top.text}`;
  if (own !== undefined)
    return zh
      ? `${metric}：${top.label}${w('最高')}（${top.text}），${own.label}${w('为')}${own.text}`
      : `${metric}: ${top.label} highest at ${top.text}, ${own.label} at ${own.text}`;
  return zh ? `${metric}：${top.label}${w('最高，为')}${top.text}` : `${metric}: ${top.label} highest at ${top.text}`;
}

interface BridgePoint {
  text: string;
  label: string;
  signed: number;
}

/** A bridge's total, then its parts in order, each after the first added or taken away. */
function bridgeStatement(points: readonly BridgePoint[], zh: boolean, w: (simplified: string) => string): string {
  const total = points[points.length - 1]!;
  const shown = (p: BridgePoint): string => `${p.label}${zh ? '' : ' '}${p.text.replace(/^[−-]/u, '')}`;
  const parts = points.slice(0, -1).map((p, i) => {
    const joint = i === 0 ? '' : p.signed < 0 ? (zh ? w('减去') : 'less ') : zh ? w('加上') : 'plus ';
    return `${joint}${shown(p)}`;
  });
  return zh ? `${shown(total)}：${parts.join('，')}` : `${shown(total)}: ${parts.join(', ')}`;
}
