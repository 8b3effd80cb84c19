import { type Document, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Finding } from '../findings.js';
import { error, warning } from './finding.js';
import { MAX_ALIAS_COUNT } from './limits.js';
import { tooDeepAt } from './yaml-depth.js';
import { YamlLocator } from './yaml-locator.js';

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be read. */
  value: unknown;
  /** True when the syntax was readable (duplicate keys still count as readable). */
  ok: boolean;
  locator: YamlLocator;
  findings: Finding[];
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'remove one of the two entries or rename it; each key may appear once per mapping',
  BAD_INDENT: 'indent nested keys consistently with spaces; list entries start with `- ` under their key',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'YAML expects a character here: a closing quote or bracket, or the `: ` after a key',
  BLOCK_AS_IMPLICIT_KEY:
    "check this line's indentation against the lines above; a value containing `: ` must be quoted",
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote text that contains `: `',
  UNEXPECTED_TOKEN: 'text starting with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `@` or a backtick must be quoted',
};
/** Errors reported per file; past this they usually follow from the first. */
const MAX_ERRORS = 20;
const DEFAULT_HINT =
  'fix the YAML at this point; text containing `: `, ` #` or starting with a special character needs quotes';

/**
 * Parses YAML text keeping node ranges. Never throws for bad content: syntax errors, alias bombs and
 * pathological nesting become findings.
 */
export function parseYaml(text: string, file: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  let doc: Document | undefined;
  const findings: Finding[] = [];
  const fallback = new YamlLocator(file, undefined, counter, firstLine);
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    counter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
    findings.push(tooComplex(new RangeError('nested too deeply'), fallback, deep));
    return { value: undefined, ok: false, locator: fallback, findings };
  }
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (cause) {
    findings.push(tooComplex(cause, fallback));
    return { value: undefined, ok: false, locator: fallback, findings };
  }
  const locator = new YamlLocator(file, doc, counter, firstLine);
  let ok = true;
  for (const e of doc.errors.slice(0, MAX_ERRORS)) {
    if (/call stack/i.test(e.message)) {
      findings.push(tooComplex(new RangeError(e.message), locator));
      return { value: undefined, ok: false, locator, findings };
    }
    const duplicate = e.code === 'DUPLICATE_KEY';
    if (!duplicate) ok = false;
    const message = duplicate
      ? 'This key appears twice in the same mapping.'
      : `YAML syntax error: ${firstSentence(e.message)}`;
    findings.push(
      error(
        duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        message,
        HINTS[e.code] ?? DEFAULT_HINT,
        locator.at(e.pos[0], e.pos[1]),
      ),
    );
  }
  if (doc.errors.length > MAX_ERRORS && ok === false) {
    const more = doc.errors.length - MAX_ERRORS;
    findings.push(
      error(
        'yaml/syntax',
        `${more} more YAML errors follow from here; only the first ${MAX_ERRORS} are listed.`,
        'fix the first errors; later ones often follow from them',
        locator.at(doc.errors[MAX_ERRORS]!.pos[0]),
      ),
    );
  }
  for (const w of doc.warnings.slice(0, MAX_ERRORS)) {
    findings.push(
      warning(
        'yaml/syntax',
        `YAML warning: ${firstSentence(w.message)}`,
        HINTS[w.code] ?? DEFAULT_HINT,
        locator.at(w.pos[0], w.pos[1]),
      ),
    );
  }
  if (!ok) return { value: undefined, ok, locator, findings };
  const lone = loneSurrogateAt(doc);
  if (lone !== undefined) {
    findings.push(
      error(
        'file/encoding',
        'A YAML escape here makes a lone UTF-16 surrogate (such as `\\ud800`), which is not text.',
        'write the character itself, or escape a whole code point (`\\U0001F600`, not half of a surrogate pair)',
        locator.at(lone),
      ),
    );
    return { value: undefined, ok: false, locator, findings };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), ok, locator, findings };
  } catch (cause) {
    findings.push(tooComplex(cause, locator));
    return { value: undefined, ok: false, locator, findings };
  }
}

// Note: the yaml package throws (rather than reporting) for alias bombs and may overflow the stack on
// pathological nesting; both are the content's fault, so they become findings.
function tooComplex(cause: unknown, locator: YamlLocator, offset = 0): Finding {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/alias/i.test(text)) {
    return error(
      'yaml/syntax',
      `The YAML expands more than ${MAX_ALIAS_COUNT} aliases, which looks like an alias bomb; it was not read.`,
      'write the values out instead of repeating `*alias` references',
      locator.at(0),
    );
  }
  if (cause instanceof RangeError) {
    return error(
      'yaml/syntax',
      'The YAML is nested too deeply to read.',
      'flatten the structure; narrative files need only a few levels',
      locator.at(offset),
    );
  }
  return error('yaml/syntax', `The YAML could not be read: ${firstSentence(text)}`, DEFAULT_HINT, locator.at(0));
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Offset of the first scalar (key or value) whose string holds a lone surrogate, e.g. from `"\ud800"`. */
function loneSurrogateAt(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}
