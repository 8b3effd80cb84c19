import type { EntityKind } from './entity-types.js';

/**
 * A small gazetteer of widely covered companies, products and organisations, with their names in
 * Simplified Chinese and English (Traditional text is matched after OpenCC normalisation). It only
 * seeds names and kinds a segmenter gets wrong; anything else is found from the text itself.
 * Extend it as articles need: `[id, kind, ...names]`.
 */
export const KNOWN_ENTITIES: readonly (readonly [string, EntityKind, ...string[]])[] = [
  ['amazon', 'company', '亚马逊', 'Amazon'],
  ['aws', 'service', 'AWS', 'Amazon Web Services', '亚马逊云科技', '亚马逊云'],
  ['microsoft', 'company', '微软', 'Microsoft'],
  ['azure', 'service', 'Azure'],
  ['google', 'company', '谷歌', 'Google'],
  ['google-cloud', 'service', '谷歌云', 'Google Cloud'],
  ['alphabet', 'company', 'Alphabet'],
  ['apple', 'company', '苹果公司', 'Apple'],
  ['meta', 'company', 'Meta', '脸书', 'Facebook'],
  ['nvidia', 'company', '英伟达', '辉达', 'NVIDIA', 'Nvidia'],
  ['tsmc', 'company', '台积电', 'TSMC'],
  ['samsung', 'company', '三星电子', '三星', 'Samsung'],
  ['intel', 'company', '英特尔', 'Intel'],
  ['amd', 'company', 'AMD'],
  ['openai', 'company', 'OpenAI'],
  ['alibaba', 'company', '阿里巴巴', 'Alibaba'],
  ['alibaba-cloud', 'service', '阿里云', 'Alibaba Cloud'],
  ['tencent', 'company', '腾讯', 'Tencent'],
  ['huawei', 'company', '华为', 'Huawei'],
  ['bytedance', 'company', '字节跳动', 'ByteDance'],
  ['baidu', 'company', '百度', 'Baidu'],
  ['xiaomi', 'company', '小米', 'Xiaomi'],
  ['byd', 'company', '比亚迪', 'BYD'],
  ['tesla', 'company', '特斯拉', 'Tesla'],
  ['netflix', 'company', '奈飞', 'Netflix'],
  ['oracle', 'company', '甲骨文', 'Oracle'],
  ['salesforce', 'company', 'Salesforce'],
  ['ibm', 'company', 'IBM'],
  ['foxconn', 'company', '富士康', '鸿海', 'Foxconn'],
  ['mediatek', 'company', '联发科', 'MediaTek'],
  ['jd', 'company', '京东', 'JD.com'],
  ['pinduoduo', 'company', '拼多多', 'PDD'],
  ['walmart', 'company', '沃尔玛', 'Walmart'],
  ['shopify', 'company', 'Shopify'],
  ['federal-reserve', 'organisation', '美联储', 'Federal Reserve', 'the Fed'],
  ['european-union', 'organisation', '欧盟', 'European Union', 'EU'],
  ['united-states', 'place', '美国', 'U.S.', 'United States', 'America'],
  ['china', 'place', '中国', 'China'],
  ['taiwan', 'place', '台湾', 'Taiwan'],
  ['canada', 'place', '加拿大', 'Canada'],
  ['europe', 'place', '欧洲', 'Europe'],
  ['japan', 'place', '日本', 'Japan'],
  ['silicon-valley', 'place', '硅谷', 'Silicon Valley'],
];
