import type { AuthoredItem } from '@lectern/narrative';
import type { GeneratorContext } from '../generators/context.js';
import type { ClozeGap, Item } from '../model/item.js';

const optionId = (i: number): string => String.fromCharCode(97 + i);

/** `text {{a|b}} more` → `text {{1}} more` and the gap's accepted answers. */
export function parseClozeText(text: string): { text: string; gaps: ClozeGap[] } {
  const gaps: ClozeGap[] = [];
  const out = text.replace(/\{\{([^{}]+)\}\}/g, (_whole, inner: string) => {
    const id = String(gaps.length + 1);
    gaps.push({
      id,
      answers: inner
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    });
    return `{{${id}}}`;
  });
  return { text: out, gaps };
}

/** Converts an item the author wrote in a section's frontmatter into the quiz model. */
export function fromAuthored(context: GeneratorContext, authored: AuthoredItem): Item {
  const located = context.sourceFor(authored.tests.paragraphs, authored.tests.facts);
  const base = {
    id: authored.id,
    origin: 'authored' as const,
    language: context.language,
    stem: authored.stem,
    rationale: context.cite(authored.rationale),
    source: { ...located, sectionId: authored.sectionId },
    objective: authored.objective,
    difficulty: authored.difficulty,
    level: authored.level,
    loc: authored.loc,
  };
  switch (authored.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: authored.type,
        options: authored.options.map((o, i) => ({
          id: optionId(i),
          text: o.text,
          correct: o.correct,
          ...(o.feedback === undefined ? {} : { feedback: context.cite(o.feedback) }),
        })),
      };
    case 'true-false':
      return { ...base, type: 'true-false', answer: authored.answer };
    case 'numeric':
      return { ...base, type: 'numeric', answer: authored.answer, tolerance: authored.tolerance, unit: authored.unit };
    case 'short': {
      const accept = authored.accept ?? [];
      const plain = [...authored.answers, ...accept.filter((a) => !a.includes('*'))];
      const patterns = accept.filter((a) => a.includes('*'));
      return { ...base, type: 'short', answers: [...new Set(plain)], ...(patterns.length > 0 ? { patterns } : {}) };
    }
    case 'cloze':
      return { ...base, type: 'cloze', ...parseClozeText(authored.text) };
    case 'matching':
      return { ...base, type: 'matching', pairs: authored.pairs.map((p, i) => ({ id: `p${i + 1}`, ...p })) };
    case 'ordering':
      return { ...base, type: 'ordering', sequence: authored.sequence.map((text, i) => ({ id: `e${i + 1}`, text })) };
  }
}
