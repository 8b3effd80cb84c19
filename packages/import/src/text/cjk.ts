const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** How many Han characters `text` holds. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** True when Han characters make up at least a fifth of the letters, i.e. the text is Chinese. */
export function isChinese(text: string): boolean {
  const han = hanCount(text);
  const latin = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > 0 && han >= latin * 0.5;
}

/** The length of `text` as a reader sees it: Han characters count one each, Latin words one each. */
export function visualLength(text: string): number {
  return hanCount(text) + (text.match(/[A-Za-z0-9][A-Za-z0-9.,%'’-]*/g)?.length ?? 0);
}
