import { stringify } from 'yaml';
import { createCast } from './entities.js';
import { createRandom } from './random.js';
import { OBJECTIVES, synthSection } from './section.js';
import { DOMAINS } from './vocabulary.js';

export interface SynthOptions {
  sections: number;
  /** @default 1 */
  seed?: number;
  /** @default `synth-<sections>` */
  id?: string;
}

export interface SynthNarrative {
  id: string;
  /** File texts keyed by path relative to the narrative folder, as `parseNarrative` takes them. */
  files: Record<string, string>;
  counts: { sections: number; paragraphs: number; facts: number; quotes: number; events: number; items: number };
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

/**
 * A deterministic synthetic narrative of Chinese business prose: same options, same bytes. Every fact's
 * evidence and every quote occurs verbatim in its paragraph, so the narrative is valid content.
 */
export function synthesizeNarrative(options: SynthOptions): SynthNarrative {
  const { sections } = options;
  if (!Number.isInteger(sections) || sections < 1)
    throw new RangeError(`sections must be a positive integer, got ${sections}`);
  const random = createRandom(options.seed ?? 1);
  const id = options.id ?? `synth-${sections}`;
  const cast = createCast(random, sections);
  const built = Array.from({ length: sections }, (_, i) => synthSection(random, cast, i));
  const meta = {
    id,
    title: `合成叙事：${sections}个章节的企业观察`,
    subtitle: '用于性能测试的合成内容',
    language: 'zh-CN',
    source: { note: '由基准测试脚本按固定种子生成的合成内容，人物、公司与数字均为虚构。' },
    sections: built.map((s) => s.file),
    entities: [
      ...cast.companies.map((c) => ({
        id: c.id,
        name: c.name,
        kind: 'company',
        description: `虚构的${DOMAINS[c.domainIndex]}公司。`,
      })),
      ...cast.people.map((p) => ({
        id: p.id,
        name: p.name,
        kind: 'person',
        description: `${p.company.name}${p.title}。`,
      })),
    ],
    objectives: OBJECTIVES.map((o) => ({ ...o, sections: [] })),
  };
  const files: Record<string, string> = { 'narrative.yaml': stringify(meta, YAML_OPTIONS) };
  for (const s of built) {
    files[s.file] = `---\n${stringify(s.frontmatter, YAML_OPTIONS)}---\n\n${s.paragraphs.join('\n\n')}\n`;
  }
  const count = (key: 'facts' | 'quotes' | 'events' | 'items') =>
    built.reduce((sum, s) => sum + (s.frontmatter[key] as unknown[]).length, 0);
  return {
    id,
    files,
    counts: {
      sections,
      paragraphs: built.reduce((sum, s) => sum + s.paragraphs.length, 0),
      facts: count('facts'),
      quotes: count('quotes'),
      events: count('events'),
      items: count('items'),
    },
  };
}
