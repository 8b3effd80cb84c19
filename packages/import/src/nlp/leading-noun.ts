import type { Mention } from './entity-types.js';
import { toSimplified } from '@lectern/narrative';
import { segment } from './segment.js';

const LEAD_IN =
  /^(?:(?:而|但|不过|同时|此外|另外|其中|据|截至|目前|今年|去年|明年|全年|同期|上半年|下半年|\d{4}\s*(?:年|财年|財年)(?:第?[一二三四1-4]季度?)?(?:[上下]半年)?|第?[一二三四]季度?|Q[1-4])[，,\s]*)+/u;
const STOP =
  /(?:[：:，,；;、（(]|占|佔|曾|已经|已經|正在|还|還|都|又|對|对|與|与|和|及|跟|向|給|给|在|的|實現|实现|為|为|是|將|将|把|於|于|以|已|也|則|则|旗下|同比|環比|环比|季增|年增|達到|达到|約|约|共|合計|合计|首次|仍|还|還|再|全年|上半年|下半年|第?[一二三四]季度?|\d)/u;
const NOT_NAME =
  /^(?:公司|集团|集團|平台|企业|企業|行业|行業|市场|市場|用户|用戶|客户|客戶|政府|厂商|廠商|业内|業內|管理层|管理層)$|[这那其该此我你他她它们們每各些部多某本這該]|分析|人士|机构|機構|业内|業內|市场预|市場預|^[远遠近超]|如果|虽然|雖然|尽管|儘管|因为|因為|由于|由於|所以|因此|怎么|怎麼|^(?:较|較|比|合并后|合併後|经调整|經調整)/u;

/**
 * The noun phrase a Chinese sentence opens with, when it names what the sentence is about (`唯品会三季度营收…`,
 * `美光科技在…`, `个人电脑出货量为…`): after a lead-in (time words, connectives), up to the first function word,
 * period or digit; two to eight characters; cut before a metric word (`metricAt` gives its offset, or -1).
 * Pronoun-led and vague phrases (这、其、分析人士) are not names.
 */
export function leadingNoun(sentence: string, start: number, metricAt: (text: string) => number): Mention | undefined {
  const lead = LEAD_IN.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(lead);
  const stop = STOP.exec(rest);
  let phrase = stop ? rest.slice(0, stop.index) : '';
  const metric = metricAt(phrase);
  if (metric >= 0) phrase = phrase.slice(0, metric);
  phrase = phrase.replace(
    /^(?:全球|国内|國內|全台|台湾|臺灣|台灣|中国|中國|美国|美國)(?=[\u4e00-\u9fffA-Za-z]{2})/u,
    '',
  );
  const offset = sentence.indexOf(phrase, lead);
  if (
    phrase.length < 2 ||
    phrase.length > 8 ||
    !/^[\u4e00-\u9fffA-Za-z·]+$/u.test(phrase) ||
    NOT_NAME.test(phrase) ||
    offset < 0
  )
    return undefined;
  // A name is nouns (and Latin words) only: `比去年同期`, `税率最高达`, `经调整EBITA` are not.
  // The segmenter splits unknown names into single characters with arbitrary tags, so only clear signs reject:
  // a phrase opening with a preposition, conjunction, pronoun or adverb, or holding a verb or adjective word.
  const tokens = segment(phrase);
  if (
    /^(p|c|u|r|d|m|q)$/.test(tokens[0]?.tag ?? '') ||
    tokens.some((t) => t.word.length >= 2 && /^(v|vd|a|ad|d|p|c|r|m|l|i)$/.test(t.tag))
  )
    return undefined;
  return {
    key: toSimplified(phrase).toLowerCase(),
    name: phrase,
    kind: /(?:公司|集团|集團|科技|银行|銀行|控股)$/u.test(phrase) ? 'company' : 'other',
    start: start + offset,
    end: start + offset + phrase.length,
    known: false,
  };
}
