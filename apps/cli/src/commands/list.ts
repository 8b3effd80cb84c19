import type { Narrative } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { resolveBase } from '../config/resolve-options.js';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { loadAll } from '../pipeline/load.js';
import { countFindings } from '../report/summary.js';
import { formatTable } from '../report/table.js';
import { Reporter } from '../report/reporter.js';

export interface ListInput extends CommonFlags {
  narratives?: string[];
}

function summarise(n: Narrative) {
  return {
    id: n.id,
    title: n.title,
    language: n.language,
    cuts: n.cuts.map((c) => c.id),
    sections: n.sections.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      paragraphs: s.paragraphs.length,
      facts: s.facts.length,
      items: s.items.length,
    })),
  };
}

/** `lectern list`: each narrative with its sections, facts and authored items. Always exit 0 unless usage is wrong. */
export async function list(input: ListInput, io: Io): Promise<number> {
  const options = await resolveBase(input, io);
  const reporter = new Reporter(io, options);
  const loaded = await loadAll(options.narrativeDirs);
  const entries = loaded.map((l) => ({
    dir: l.dir,
    ok: l.narrative !== undefined,
    errors: countFindings(l.findings).errors,
    ...(l.narrative ? summarise(l.narrative) : { id: l.id }),
  }));
  if (reporter.json) {
    reporter.result({ narratives: entries });
    return ExitCode.Ok;
  }
  const c = reporter.colors;
  const rows: string[][] = [['', 'id / section', 'title', 'facts', 'items']];
  for (const e of entries) {
    if (!('sections' in e)) {
      rows.push([c.red('✖'), e.id, `${e.errors} errors (run lectern check)`, '', '']);
      continue;
    }
    const facts = e.sections.reduce((n, s) => n + s.facts, 0);
    const items = e.sections.reduce((n, s) => n + s.items, 0);
    const cuts = e.cuts.length > 0 ? `  [cuts: ${e.cuts.join(', ')}]` : '';
    rows.push([c.green('✔'), e.id, `${e.title}${cuts}`, String(facts), String(items)]);
    for (const s of e.sections) rows.push(['', `  ${s.number} ${s.id}`, s.title, String(s.facts), String(s.items)]);
  }
  io.stdout(formatTable(rows));
  return ExitCode.Ok;
}
