import fc from 'fast-check';
import { stringify } from 'yaml';
import { INJECTION_PAYLOADS } from '../injection/payloads.js';

/** Control characters, bidi overrides, zero-width and odd spaces, a lone surrogate, a BOM. */
const ODD = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\ud800',
  '\ufffd',
  '\t',
  '\r',
];

/** Any string: full Unicode, control characters, markup payloads, CJK and full-width text, mixed. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...INJECTION_PAYLOADS, ...ODD),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...INJECTION_PAYLOADS, ...ODD, '云', '２０２３', '％', '，', '亿', 'e', ' '),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join('')),
  );
}

/**
 * Text for fields that must hold something: non-empty after trimming, on one line, and without what the loader
 * rightly refuses (NUL, U+FFFD, lone surrogates, the source filter's `*`), which `anyText` still covers.
 */
export function lineText(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('甲', 'A', '文', 'Ｚ'), anyText())
    .map(([lead, rest]) =>
      `${lead}${rest}`
        .replace(/[\r\n\u0085\u2028\u2029]/g, ' ')
        .replace(/[\u0000\uFFFD*]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_'),
    );
}

const id = (prefix: string, i: number) => `${prefix}-${i}`;

/** A narrative generated from the schema: sections, paragraphs, facts whose evidence is embedded in the prose, items. */
export interface NarrativeSpec {
  title: string;
  language: 'zh-CN' | 'en';
  entities: string[];
  sections: {
    title: string;
    summary: string;
    keyPoints: string[];
    paragraphs: { before: string; value: number; unit: string; after: string }[];
    options: string[];
    trueFalse: boolean;
  }[];
}

export function narrativeSpec(text: fc.Arbitrary<string> = lineText()): fc.Arbitrary<NarrativeSpec> {
  const paragraph = fc.record({
    before: text,
    value: fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 100) / 100),
    ),
    unit: fc.constantFrom('亿美元', '%', '个', ' million', '倍'),
    after: text,
  });
  const section = fc.record({
    title: text,
    summary: text,
    keyPoints: fc.array(text, { minLength: 1, maxLength: 8 }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
    options: fc.uniqueArray(text, { minLength: 2, maxLength: 6 }),
    trueFalse: fc.boolean(),
  });
  return fc.record({
    title: text,
    language: fc.constantFrom('zh-CN' as const, 'en' as const),
    entities: fc.array(text, { minLength: 1, maxLength: 4 }),
    sections: fc.array(section, { minLength: 1, maxLength: 3 }),
  });
}

/** The narrative folder's files for a spec: every fact's evidence is the number and unit as the paragraph writes them. */
export function narrativeFiles(spec: NarrativeSpec): Record<string, string> {
  const files: Record<string, string> = {};
  const sectionPaths = spec.sections.map((_, i) => `sections/${String(i + 1).padStart(2, '0')}-s.md`);
  const entities = spec.entities.map((name, i) => ({ id: id('e', i), name, kind: 'company' }));
  files['narrative.yaml'] = stringify(
    {
      id: 'generated',
      title: spec.title,
      language: spec.language,
      sections: sectionPaths,
      entities,
      objectives: [{ id: 'o', text: spec.title, sections: spec.sections.map((_, i) => id('s', i)) }],
      cuts: [{ id: 'short', maxSlides: 5, appendix: false }],
    },
    { lineWidth: 0 },
  );
  spec.sections.forEach((s, si) => {
    const paras = s.paragraphs.map((p, pi) => ({ ...p, id: id(`s${si}-p`, pi), evidence: `${p.value}${p.unit}` }));
    const facts = paras.map((p, pi) => ({
      id: id(`f${si}`, pi),
      statement: `${p.before} ${p.evidence}`,
      value: p.value,
      unit: p.unit.trim(),
      kind: p.unit === '%' ? 'percent' : p.unit === '个' ? 'count' : p.unit === '倍' ? 'multiple' : 'currency',
      subject: entities[pi % entities.length]!.id,
      metric: 'm',
      group: `g${si}`,
      label: Array.from(p.before).slice(0, 8).join('') || 'x',
      paragraph: p.id,
      evidence: p.evidence,
    }));
    const tests = { paragraphs: [paras[0]!.id] };
    const items = [
      {
        id: id(`i${si}`, 0),
        type: 'single',
        stem: s.summary,
        options: s.options.map((text, k) => ({ text, correct: k === 0 })),
        rationale: s.title,
        tests,
        objective: 'o',
      },
      {
        id: id(`i${si}`, 1),
        type: 'true-false',
        stem: s.keyPoints[0]!,
        answer: s.trueFalse,
        rationale: s.summary,
        tests,
        objective: 'o',
      },
      {
        id: id(`i${si}`, 2),
        type: 'numeric',
        stem: s.title,
        answer: paras[0]!.value,
        rationale: s.summary,
        tests,
        objective: 'o',
      },
    ];
    const front = stringify(
      { id: id('s', si), number: si + 1, title: s.title, summary: s.summary, keyPoints: s.keyPoints, facts, items },
      { lineWidth: 0 },
    );
    const body = paras.map((p) => `${p.before} ${p.evidence} ${p.after} {#${p.id}}`).join('\n\n');
    files[sectionPaths[si]!] = `---\n${front}---\n\n${body}\n`;
  });
  return files;
}

/** Runs from LECTERN_FUZZ_RUNS (default `fallback`). */
export function fuzzRuns(fallback = 100): number {
  const n = Number(process.env.LECTERN_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
