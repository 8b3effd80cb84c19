import type { EntityKind, Mention } from './entity-types.js';
import { knownMentions } from './known-mentions.js';
import { toSimplified } from '@lectern/narrative';
import { segment, type Token } from './segment.js';

const TAG_KIND: Record<string, EntityKind> = {
  nt: 'organisation',
  nr: 'person',
  nrt: 'person',
  nz: 'product',
  ns: 'place',
  eng: 'product',
};
/** Latin tokens that are words, not names. */
const LATIN_STOP =
  /^(EBITA|EBITDA|EBIT|tokens?|AIGC|LLM|LLMs|GPT|AGI|ML|NLP|CEO|CFO|COO|CTO|AI|GPU|CPU|IPO|SaaS|PaaS|IaaS|API|APP|App|GDP|EPS|ROI|KPI|Q[1-4]|FY\d*|H[12]|YoY|QoQ|vs|GB|TB|PB|MW|GW|Gbps|nm|PC|IT|B2B|B2C|ESG|AR|VR|5G|4G|[A-Z])$/;
const ORG_SUFFIX =
  /(?:集团|集團|银行|銀行|科技|控股|电子|電子|半导体|半導體|汽车|汽車|证券|證券|资本|資本|研究院|大学|大學)/gu;
const PERSON_TITLE =
  /(?:CEO|CFO|首席执行官|首席執行官|首席财务官|首席財務官|总裁|總裁|董事长|董事長|创始人|創辦人|创办人|分析师|分析師|总经理|總經理|主席|负责人|負責人|副总裁|副總裁)\s?([\u4e00-\u9fff]{2,3}(?:·[\u4e00-\u9fff]{2,5})?)/gu;
const DOT = /·/gu;
/** `字节跳动旗下火山引擎把…`: the unit named after 旗下 is what the clause is about. */
const UNDER = /旗下(?:的)?([\u4e00-\u9fffA-Za-z]{2,6}?)(?=把|在|将|將|推出|宣布|为|為|的|，|,)/gu;
const GENERIC =
  /^(公司|集团|科技|银行|企业|市场|行业|用户|客户|政府|分析|季度|财年|营收|利润|深度|云端|雲端|巨头|巨頭)$/u;
/** A business line named by what it is, not by a name (`云业务`, `广告部门`): not an entity. */
const GENERIC_UNIT =
  /^(?:云|雲|核心|主营|主營|广告|廣告|零售|电商|電商|硬件|硬體|软件|軟體|新)?(?:业务|業務|部门|部門|板块|板塊)$/u;

/** Chinese names: the gazetteer first, then person/organisation patterns, then jieba's POS tags (nr, nt, nz, ns, eng). */
export function findMentionsZh(text: string): Mention[] {
  const norm = toSimplified(text);
  const found: Mention[] = knownMentions(text, norm);
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  const add = (name: string, start: number, kind: EntityKind) => {
    const end = start + name.length;
    if (taken(start, end) || GENERIC.test(name) || GENERIC_UNIT.test(name)) return;
    found.push({ key: toSimplified(name).toLowerCase(), name, kind, start, end, known: false });
  };
  const tokens = segment(text);
  for (const m of text.matchAll(DOT)) {
    const name = transliterated(tokens, m.index!);
    if (name) add(text.slice(name.start, name.end), name.start, 'person');
  }
  for (const m of text.matchAll(PERSON_TITLE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (!text.slice(start).startsWith(m[1]!) || m[1]!.includes('·')) continue;
    const token = tokens.find((t) => t.start === start && /^nr/.test(t.tag));
    if (token) add(token.word, start, 'person');
  }
  for (const m of text.matchAll(UNDER)) add(m[1]!, m.index! + m[0].length - m[1]!.length, 'product');
  for (const m of norm.matchAll(ORG_SUFFIX)) {
    const head = tokens.filter((t) => t.start + t.word.length === m.index!).pop();
    if (head && /^(n|nz|nt|nr|nrt|ns|eng)$/.test(head.tag) && head.word.length >= 2)
      add(text.slice(head.start, m.index! + m[0].length), head.start, 'company');
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = TAG_KIND[t.tag];
    if (!kind) continue;
    if (t.tag === 'eng') {
      let end = i;
      while (
        tokens[end + 1] &&
        (tokens[end + 1]!.tag === 'eng' || tokens[end + 1]!.word === ' ') &&
        /^[A-Z ]/.test(tokens[end + 1]!.word)
      )
        end++;
      const name = text.slice(t.start, tokens[end]!.start + tokens[end]!.word.length).trim();
      i = end;
      if ((!/^[A-Z]/.test(name) && name.length < 4) || LATIN_STOP.test(name) || name.length < 2) continue;
      add(name, t.start, /^[A-Z]{2,6}$/.test(name) ? 'company' : 'product');
      continue;
    }
    if (t.word.length < 2) continue;
    add(t.word, t.start, kind);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A transliterated name around the `·` at `dot` (`安迪·杰西`): up to three characters of one- or two-character
 * words before it, and the one word after it (two characters when the segmenter splits it into single ones).
 */
function transliterated(tokens: readonly Token[], dot: number): { start: number; end: number } | undefined {
  const i = tokens.findIndex((t) => t.start === dot);
  if (i < 1) return undefined;
  let start = dot;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!/^[\u4e00-\u9fff]+$/u.test(t.word) || t.word.length > 2 || dot - t.start > 3) break;
    start = t.start;
  }
  const next = tokens[i + 1];
  if (start === dot || !next || !/^[\u4e00-\u9fff]+$/u.test(next.word)) return undefined;
  const end =
    next.word.length >= 2
      ? next.start + Math.min(next.word.length, 4)
      : next.start +
        Math.min(2, (tokens[i + 2]?.start ?? next.start + 1) + (tokens[i + 2]?.word.length ?? 0) - next.start);
  return { start, end };
}
