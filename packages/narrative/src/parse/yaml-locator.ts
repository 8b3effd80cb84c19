import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourceLocation } from '../model.js';

export type Path = readonly PropertyKey[];

/** Where a YAML path lands: the node at the path (if any), the deepest node on the way, and the last key's pair. */
export interface PathHit {
  node: Node | undefined;
  /** The deepest node that exists on the path (the mapping that lacks a missing key). */
  deepest: Node | undefined;
  /** How many path segments were found (equals path.length when the whole path exists). */
  depth: number;
  pair: Pair | undefined;
}

/**
 * Maps YAML paths (as zod reports them) and offsets to 1-based file positions.
 * `firstLine` is the file line the YAML text starts on (2 for frontmatter after `---`).
 */
export class YamlLocator {
  constructor(
    readonly file: string,
    private readonly doc: Document | undefined,
    private readonly counter: LineCounter,
    private readonly firstLine: number,
  ) {}

  /** Location of a character offset in the YAML text, optionally spanning to `end`. */
  at(offset: number, end?: number): SourceLocation {
    const start = this.counter.linePos(offset);
    const loc: SourceLocation = { file: this.file, line: start.line + this.firstLine - 1, column: start.col };
    if (end !== undefined && end > offset) {
      let stop = this.counter.linePos(end);
      const starts = this.counter.lineStarts;
      // Note: block nodes end after their last newline; report the end of the last line instead.
      while (stop.col === 1 && stop.line > start.line) {
        const prev = stop.line - 1;
        stop = { line: prev, col: (starts[prev] ?? 0) - (starts[prev - 1] ?? 0) };
      }
      loc.endLine = stop.line + this.firstLine - 1;
      loc.endColumn = stop.col;
    }
    return loc;
  }

  /** Walks `path` through maps and sequences. */
  walk(path: Path): PathHit {
    let node: Node | undefined = (this.doc?.contents as Node | null) ?? undefined;
    let pair: Pair | undefined;
    let depth = 0;
    for (const key of path) {
      if (node && isAlias(node) && this.doc) node = (node.resolve(this.doc) as Node | undefined) ?? node;
      let next: Node | undefined;
      pair = undefined;
      if (node && isMap(node)) {
        pair = node.items.find((p) => keyText(p) === String(key));
        if (!pair) return { node: undefined, deepest: node, depth, pair: undefined };
        next = (pair.value as Node | null) ?? undefined;
      } else if (node && isSeq(node) && typeof key === 'number' && node.items[key]) {
        next = node.items[key] as Node;
      } else {
        return { node: undefined, deepest: node, depth, pair: undefined };
      }
      depth++;
      if (!next) return { node: undefined, deepest: node, depth, pair };
      node = next;
    }
    return { node, deepest: node, depth, pair };
  }

  /** Location of a node, or of the start of the YAML when there is none. */
  ofNode(node: Node | undefined): SourceLocation {
    if (!node?.range) return { file: this.file, line: this.firstLine, column: 1 };
    return this.at(node.range[0], node.range[1]);
  }

  /** Location of the value at `path`, else of the deepest existing ancestor (the mapping missing the key). */
  value(path: Path): SourceLocation {
    const hit = this.walk(path);
    if (hit.node) return this.ofNode(hit.node);
    if (hit.depth === path.length && hit.pair) return this.key(path);
    return this.ofNode(hit.deepest);
  }

  /** Location of the key node of the last path segment (falls back to `value`). */
  key(path: Path): SourceLocation {
    const hit = this.walk(path);
    const keyNode = hit.pair?.key as Node | undefined;
    if (hit.depth === path.length && keyNode?.range) return this.ofNode(keyNode);
    return this.ofNode(hit.node ?? hit.deepest);
  }

  /** True when every segment of `path` exists and holds a non-empty value. */
  has(path: Path): boolean {
    const hit = this.walk(path);
    if (hit.depth !== path.length || !hit.node) return false;
    return !(isScalar(hit.node) && hit.node.value === null && !hit.node.source);
  }

  /** The plain-scalar source text at `path` (e.g. `01` where YAML read the number 1). */
  source(path: Path): string | undefined {
    const hit = this.walk(path);
    if (hit.depth !== path.length || !hit.node || !isScalar(hit.node)) return undefined;
    return typeof hit.node.source === 'string' ? hit.node.source : undefined;
  }
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key as unknown;
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}
