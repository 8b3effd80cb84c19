/** The languages Lectern has UI labels for (slide labels, quiz pages, generated item templates). */
export type UiLanguage = 'zh' | 'en';

/**
 * The label language for a BCP 47 tag: any Chinese tag (`zh`, `zh-CN`, `ZH-Hans`, `zh_TW`) gives Chinese, anything
 * else English (`zha`, Zhuang, is not Chinese). The one place the rule lives; case-insensitive, as BCP 47 tags are.
 */
export function uiLanguage(tag: string): UiLanguage {
  return /^zh(?:[-_]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/** Whether `tag` is Chinese (see `uiLanguage`): no spaces between words, CJK fonts, 年/月 dates. */
export function isChinese(tag: string): boolean {
  return uiLanguage(tag) === 'zh';
}
