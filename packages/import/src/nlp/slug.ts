import { pinyin } from 'pinyin-pro';

/** A readable id from any name: Latin words kebab-cased, Chinese through pinyin (`阿里云` → `aliyun`). */
export function slug(text: string, fallback: string): string {
  const latin = /[\u3400-\u9fff]/u.test(text)
    ? pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')
    : text;
  const id = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return id || fallback;
}

/** Hands out ids unique within one kind: a taken id gets `-2`, `-3`… */
export class IdPool {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}
