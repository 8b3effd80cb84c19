import type { Finding } from '../findings.js';
import { IdRegistry } from './id-registry.js';
import type { ParsedMeta } from './meta-file.js';
import type { ParsedSection } from './section-file.js';

type Registries = Record<
  'entity' | 'objective' | 'edit' | 'cut' | 'section' | 'paragraph' | 'fact' | 'quote' | 'event' | 'item',
  IdRegistry
>;

/** Checks id uniqueness per kind and every cross-reference of the narrative. */
export function checkReferences(
  meta: ParsedMeta,
  sections: readonly ParsedSection[],
  allSectionsRead: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const reg = (kind: string) => new IdRegistry(kind, findings);
  const r: Registries = {
    entity: reg('entity'),
    objective: reg('objective'),
    edit: reg('editorial change'),
    cut: reg('cut'),
    section: reg('section'),
    paragraph: reg('paragraph'),
    fact: reg('fact'),
    quote: reg('quote'),
    event: reg('event'),
    item: reg('item'),
  };
  // Note: when some definitions could not be read, references to them are not reported as dangling.
  r.entity.complete = r.objective.complete = meta.data !== undefined;
  r.paragraph.complete = allSectionsRead;
  r.section.complete = r.fact.complete = allSectionsRead && sections.every((s) => s.data);
  defineAll(meta, sections, r);
  referMeta(meta, r);
  for (const s of sections) referSection(s, r);
  for (const kind of ['entity', 'objective', 'section', 'paragraph', 'fact'] as const) r[kind].resolve();
  return findings;
}

function defineAll(meta: ParsedMeta, sections: readonly ParsedSection[], r: Registries): void {
  const m = meta.data;
  const at = meta.locator;
  if (m) {
    for (const [i, e] of m.entities.entries()) r.entity.define(e.id, at.value(['entities', i, 'id']));
    for (const [i, o] of m.objectives.entries()) r.objective.define(o.id, at.value(['objectives', i, 'id']));
    for (const [i, c] of m.editorialChanges.entries()) r.edit.define(c.id, at.value(['editorialChanges', i, 'id']));
    for (const [i, c] of m.cuts.entries()) r.cut.define(c.id, at.value(['cuts', i, 'id']));
  }
  for (const s of sections) {
    for (const [i, p] of s.paragraphs.entries()) r.paragraph.define(p.id, s.paragraphIdLocs[i]!);
    const d = s.data;
    const loc = s.locator;
    if (!d || !loc) continue;
    r.section.define(d.id, loc.value(['id']));
    for (const [i, f] of d.facts.entries()) r.fact.define(f.id, loc.value(['facts', i, 'id']));
    for (const [i, q] of d.quotes.entries()) r.quote.define(q.id, loc.value(['quotes', i, 'id']));
    for (const [i, e] of d.events.entries()) r.event.define(e.id, loc.value(['events', i, 'id']));
    for (const [i, it] of d.items.entries()) r.item.define(it.id, loc.value(['items', i, 'id']));
  }
}

function referMeta(meta: ParsedMeta, r: Registries): void {
  const m = meta.data;
  const at = meta.locator;
  if (!m) return;
  for (const [i, o] of m.objectives.entries()) {
    for (const [k, s] of o.sections.entries())
      r.section.refer(s, at.value(['objectives', i, 'sections', k]), `Objective \`${o.id}\``);
  }
  for (const [i, c] of m.cuts.entries()) {
    for (const [k, s] of (c.sections ?? []).entries())
      r.section.refer(s, at.value(['cuts', i, 'sections', k]), `Cut \`${c.id}\``);
    for (const [k, carry] of (c.carry ?? []).entries()) {
      if (carry.fact !== undefined)
        r.fact.refer(carry.fact, at.value(['cuts', i, 'carry', k, 'fact']), `Cut \`${c.id}\``);
      for (const [n, e] of (carry.about ?? []).entries())
        r.entity.refer(e, at.value(['cuts', i, 'carry', k, 'about', n]), `Cut \`${c.id}\``);
    }
  }
  for (const [i, c] of m.editorialChanges.entries()) {
    r.paragraph.refer(c.paragraph, at.value(['editorialChanges', i, 'paragraph']), `Editorial change \`${c.id}\``);
  }
}

function referSection(s: ParsedSection, r: Registries): void {
  const d = s.data;
  const at = s.locator;
  if (!d || !at) return;
  for (const [i, f] of d.facts.entries()) {
    r.entity.refer(f.subject, at.value(['facts', i, 'subject']), `Fact \`${f.id}\``);
    r.paragraph.refer(f.paragraph, at.value(['facts', i, 'paragraph']), `Fact \`${f.id}\``);
  }
  for (const [i, q] of d.quotes.entries()) {
    r.entity.refer(q.speaker, at.value(['quotes', i, 'speaker']), `Quote \`${q.id}\``);
    r.paragraph.refer(q.paragraph, at.value(['quotes', i, 'paragraph']), `Quote \`${q.id}\``);
  }
  for (const [i, e] of d.events.entries()) {
    r.entity.refer(e.subject, at.value(['events', i, 'subject']), `Event \`${e.id}\``);
    r.paragraph.refer(e.paragraph, at.value(['events', i, 'paragraph']), `Event \`${e.id}\``);
  }
  for (const [i, it] of d.items.entries()) {
    const from = `Item \`${it.id}\``;
    for (const [k, p] of it.tests.paragraphs.entries())
      r.paragraph.refer(p, at.value(['items', i, 'tests', 'paragraphs', k]), from);
    for (const [k, f] of it.tests.facts.entries()) r.fact.refer(f, at.value(['items', i, 'tests', 'facts', k]), from);
    r.objective.refer(it.objective, at.value(['items', i, 'objective']), from);
  }
}
