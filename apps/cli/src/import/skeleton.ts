import { type CandidateFact, candidateFacts } from './candidate-facts.js';
import type { ArticlePart } from './split-parts.js';
import { line, q } from './yaml-text.js';

export interface Skeleton {
  /** Files relative to the narrative folder. */
  files: Record<string, string>;
  facts: CandidateFact[];
  sections: number;
  paragraphs: number;
}

const TODO_FACT = 'TODO fill in';

function factYaml(f: CandidateFact): string {
  let y = `  - id: ${f.id}\n`;
  y += line(4, 'statement', q(f.statement), 'TODO check: one sentence stating the claim');
  y += line(4, 'value', String(f.value));
  if (f.unit) y += line(4, 'unit', q(f.unit));
  if (f.scale) y += line(4, 'scale', q(f.scale));
  y += line(4, 'kind', f.kind);
  if (f.qualifier !== 'exact') y += line(4, 'qualifier', f.qualifier);
  if (f.period) y += line(4, 'period', q(f.period));
  y += line(4, 'subject', "''", `${TODO_FACT}: id of the entity (in narrative.yaml) this figure is about`);
  y += line(4, 'metric', "''", `${TODO_FACT}: what is measured, e.g. revenue-growth`);
  y += line(4, 'paragraph', f.paragraph);
  y += line(4, 'evidence', q(f.evidence));
  return y;
}

function sectionFile(part: ArticlePart, sectionId: string): { text: string; facts: CandidateFact[] } {
  const ids = part.paragraphs.map((_, i) => `${sectionId}-p${String(i + 1).padStart(2, '0')}`);
  const facts = part.paragraphs.flatMap((p, i) => candidateFacts(ids[i]!, p, 1));
  let fm = '---\n';
  fm += line(0, 'id', sectionId);
  fm += line(0, 'number', q(part.number));
  fm += line(0, 'title', q(part.title), part.title ? undefined : `${TODO_FACT}: the section title`);
  fm += line(0, 'summary', "''", `${TODO_FACT}: one line that sums the section up`);
  fm += line(0, 'keyPoints', '[]', `${TODO_FACT}: 3–6 condensed points, one per line ("- point")`);
  if (facts.length > 0) {
    fm += `# Candidate facts found in the text. Fill in subject and metric, fix the statement, or delete the fact.\n`;
    fm += `facts:\n${facts.map(factYaml).join('')}`;
  }
  fm += '---\n\n';
  const body = part.paragraphs.map((p, i) => `${p} {#${ids[i]}}\n`).join('\n');
  return { text: fm + body, facts };
}

/** The narrative folder's files for an imported article: narrative.yaml, one section per part, source.txt. */
export function buildSkeleton(id: string, parts: readonly ArticlePart[], source: string, language: string, title?: string): Skeleton {
  const files: Record<string, string> = {};
  const facts: CandidateFact[] = [];
  const sectionPaths: string[] = [];
  parts.forEach((part, i) => {
    const number = part.number || String(i + 1).padStart(2, '0');
    const sectionId = `part-${number}`;
    const file = `sections/${number}-part.md`;
    const section = sectionFile({ ...part, number }, sectionId);
    files[file] = section.text;
    facts.push(...section.facts);
    sectionPaths.push(file);
  });
  let yaml = '# yaml-language-server: $schema=../../packages/narrative/schema/narrative.schema.json\n';
  yaml += '# Imported by `lectern import`. Fill in every TODO, then run `lectern check`.\n';
  yaml += line(0, 'id', id);
  yaml += line(0, 'title', q(title ?? ''), title ? undefined : `${TODO_FACT}: the narrative's title`);
  yaml += line(0, 'language', language);
  yaml += 'source:\n';
  yaml += line(2, 'file', 'source.txt');
  yaml += 'sections:\n';
  for (const s of sectionPaths) yaml += `  - ${s}\n`;
  yaml += `# TODO: add the people, companies and products the facts are about:\n#   - { id: acme, name: Acme, kind: company }\n`;
  yaml += 'entities: []\n';
  files['narrative.yaml'] = yaml;
  files['source.txt'] = source;
  return { files, facts, sections: parts.length, paragraphs: parts.reduce((n, p) => n + p.paragraphs.length, 0) };
}
