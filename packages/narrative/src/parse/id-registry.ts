import type { Finding } from '../findings.js';
import type { SourceLocation } from '../model.js';
import { closest } from './did-you-mean.js';
import { error } from './finding.js';

const where = (loc: SourceLocation) => `${loc.file}:${loc.line}:${loc.column}`;

/**
 * Ids of one kind (facts, paragraphs…) across the narrative: reports duplicates as they are defined and
 * dangling references once all are known. `complete` is false when some definitions could not be read, in which
 * case dangling references are not reported (they might point at what could not be read).
 */
export class IdRegistry {
  private readonly ids = new Map<string, SourceLocation>();
  private readonly refs: { id: string; loc: SourceLocation; from: string }[] = [];
  complete = true;

  constructor(
    readonly kind: string,
    private readonly findings: Finding[],
  ) {}

  define(id: string, loc: SourceLocation): void {
    const first = this.ids.get(id);
    if (first) {
      this.findings.push(
        error(
          'ref/duplicate-id',
          `The ${this.kind} id \`${id}\` is already used (at ${where(first)}).`,
          `rename one of them; ${this.kind} ids must be unique across the narrative`,
          loc,
        ),
      );
      return;
    }
    this.ids.set(id, loc);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Records a reference to check later; `from` says what refers (e.g. "fact `aws-growth`'s paragraph"). */
  refer(id: string | undefined, loc: SourceLocation, from: string): void {
    if (id !== undefined) this.refs.push({ id, loc, from });
  }

  /** Reports every reference to an id that does not exist. */
  resolve(): void {
    if (!this.complete) return;
    for (const { id, loc, from } of this.refs) {
      if (this.ids.has(id)) continue;
      const near = closest(id, this.ids.keys());
      const hint =
        near.length > 0
          ? `did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?`
          : this.ids.size > 0
            ? `existing ${this.kind} ids include ${[...this.ids.keys()]
                .slice(0, 5)
                .map((n) => `\`${n}\``)
                .join(', ')}`
            : `define the ${this.kind} first`;
      this.findings.push(
        error('ref/dangling', `${from} refers to ${this.kind} \`${id}\`, which does not exist.`, hint, loc),
      );
    }
  }
}
