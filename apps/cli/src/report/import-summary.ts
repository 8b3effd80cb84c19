import type { ImportResult } from '@lectern/import';

/** What `import` found, and the next command to run, as lines for the terminal. */
export function importSummary(result: ImportResult, shown: string): string[] {
  const c = result.counts;
  const d = result.draft;
  const lines = [
    `created ${shown}/ from ${result.format} (${d.language}): “${d.title}”`,
    `  ${c.sections} sections, ${c.paragraphs} paragraphs`,
    `  ${c.facts} facts, ${c.entities} entities, ${c.quotes} quote${c.quotes === 1 ? '' : 's'}, ${c.events} timeline event${c.events === 1 ? '' : 's'}`,
  ];
  for (const s of d.sections)
    lines.push(`    ${s.number}  ${s.title}  (${s.paragraphs.length} ¶, ${s.facts.length} facts)`);
  if (d.source.date || d.source.author || d.source.publication) {
    lines.push(`  source: ${[d.source.publication, d.source.author, d.source.date].filter(Boolean).join(', ')}`);
  }
  lines.push(`  ${c.review} values marked \`# review:\` for you to verify`);
  lines.push(`next: lectern check --review ${shown}    (lists what to verify; then \`lectern build ${shown}\`)`);
  return lines;
}
