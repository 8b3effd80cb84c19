import { LecternError } from '../errors.js';
import { type Finding, hasErrors, sortFindings } from '../findings.js';
import type { Narrative } from '../model.js';
import { assembleNarrative } from './assemble.js';
import { closest } from './did-you-mean.js';
import { checkEvidence } from './evidence.js';
import { checkFile } from './file-checks.js';
import { error, warning } from './finding.js';
import { insidePath, META_FILE, parseMetaFile } from './meta-file.js';
import type { ParseCache } from './parse-cache.js';
import { checkNumericAnswers } from './numeric-answers.js';
import { checkReferences } from './references.js';
import { findReviewMarks } from './review-marks.js';
import { type ParsedSection, parseSectionFile } from './section-file.js';
import { normalizeText } from './text.js';

export interface ParseOptions {
  /** Absolute folder the files came from; copied to `narrative.dir`. */
  dir?: string;
  /** Paths that exist but resolve outside the folder (symlinks); the fs layer refused to read them. */
  outside?: readonly string[];
  /** Paths that exist but are not regular files (FIFOs, sockets, devices, folders); the fs layer did not read them. */
  notFiles?: readonly string[];
  /**
   * Per-file results of earlier parses (`createParseCache()`): a file whose text is unchanged is not parsed
   * again. The result is the same as without a cache; the parsed parts are shared, so treat them as read-only.
   */
  cache?: ParseCache;
}

export interface ParseResult {
  /** Present only when there are no error findings. */
  narrative?: Narrative;
  /** Every problem found, sorted by file, line and column. */
  findings: Finding[];
}

/**
 * Parses a narrative from its files' text. Pure: `files` maps paths relative to the narrative folder
 * (`narrative.yaml`, `sections/01-x.md`) to their text. Never throws for bad content; every problem is a finding.
 */
export function parseNarrative(files: Readonly<Record<string, string>>, options: ParseOptions = {}): ParseResult {
  if (typeof files !== 'object' || files === null)
    throw new LecternError('narrative/bad-argument', 'parseNarrative expects an object mapping file paths to text.');
  const findings: Finding[] = [];
  const cache = options.cache;
  const once = <T>(kind: string, path: string, make: () => T): T =>
    cache ? cache.get(`${kind}\0${path}`, files[path] as string, make) : make();
  const read = (path: string): string | undefined => {
    const text = files[path];
    if (typeof text !== 'string') {
      if (text !== undefined)
        throw new LecternError('narrative/bad-argument', `The content of ${path} must be a string.`);
      return undefined;
    }
    const check = once('check', path, () => {
      const checked = checkFile(path, text);
      return { findings: checked.findings, text: checked.parse ? normalizeText(text) : undefined };
    });
    findings.push(...check.findings);
    return check.text;
  };
  const has = (path: string) => Object.hasOwn(files, path);
  const outside = new Set(options.outside ?? []);
  const notFiles = new Set(options.notFiles ?? []);
  const notAFile = (path: string, loc?: Parameters<typeof error>[3]): Finding =>
    error(
      'file/not-a-file',
      `\`${path}\` is not a regular file (a folder, FIFO, socket or device) and was not read.`,
      'replace it with a plain text file saved as UTF-8',
      loc ?? { file: path, line: 1, column: 1 },
    );

  if (outside.has(META_FILE)) {
    findings.push(
      error(
        'file/outside',
        'narrative.yaml leads outside the narrative folder (a symbolic link) and was not read.',
        'keep narrative.yaml itself in the narrative folder, not a link to a file elsewhere',
        { file: META_FILE, line: 1, column: 1 },
      ),
    );
    return { findings };
  }
  if (notFiles.has(META_FILE)) return { findings: [notAFile(META_FILE)] };
  if (!has(META_FILE)) {
    findings.push(
      error(
        'file/missing',
        'The folder has no narrative.yaml.',
        'run `lectern new <id>` to create a narrative, or point at the folder that holds narrative.yaml',
        undefined,
      ),
    );
    return { findings };
  }
  const metaText = read(META_FILE);
  if (metaText === undefined) return { findings: sortFindings(findings) };
  const meta = once('meta', META_FILE, () => parseMetaFile(metaText));
  findings.push(...meta.findings, ...findReviewMarks(META_FILE, metaText));

  const sections: ParsedSection[] = [];
  let allRead = meta.data !== undefined;
  const existing = Object.keys(files).filter((f) => /\.md$/i.test(f));
  for (const { path, index } of meta.sections) {
    if (!has(path) && notFiles.has(path)) {
      allRead = false;
      findings.push(notAFile(path, meta.locator.value(['sections', index])));
      continue;
    }
    if (!has(path) && outside.has(path)) {
      allRead = false;
      findings.push(
        error(
          'file/outside',
          `Section file \`${path}\` leads outside the narrative folder (a symbolic link) and was not read.`,
          'keep the section files themselves inside the narrative folder, not links to files elsewhere',
          meta.locator.value(['sections', index]),
        ),
      );
      continue;
    }
    if (!has(path)) {
      allRead = false;
      const near = closest(path, existing);
      const hint =
        near.length > 0
          ? `did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?`
          : 'create the file, or remove it from `sections:`';
      findings.push(
        error(
          'file/missing',
          `Section file \`${path}\` is listed but does not exist.`,
          hint,
          meta.locator.value(['sections', index]),
        ),
      );
      continue;
    }
    const text = read(path);
    if (text === undefined) {
      allRead = false;
      continue;
    }
    const section = once('section', path, () => parseSectionFile(path, text));
    findings.push(...section.findings);
    sections.push(section);
  }
  const listed = new Set(meta.sections.map((s) => s.path));
  for (const file of Object.keys(files).sort()) {
    if (/^sections\/.+\.md$/i.test(file) && !listed.has(file)) {
      findings.push(
        warning(
          'file/unlisted',
          `Section file \`${file}\` is not listed in narrative.yaml and is ignored.`,
          'add it to `sections:` in narrative.yaml in reading order, or delete it',
          { file, line: 1, column: 1 },
        ),
      );
    }
  }
  const sourceFile = meta.data?.source.file;
  if (sourceFile !== undefined && (!insidePath(sourceFile) || outside.has(sourceFile))) {
    findings.push(
      error(
        'file/outside',
        `The source file \`${sourceFile}\` is outside the narrative folder and was not read.`,
        'keep the verbatim source text beside narrative.yaml and name it by a relative path such as `source.txt`, without `..`, a leading `/` or a link to elsewhere',
        meta.locator.value(['source', 'file']),
      ),
    );
  } else if (sourceFile !== undefined && notFiles.has(sourceFile)) {
    findings.push(notAFile(sourceFile, meta.locator.value(['source', 'file'])));
  } else if (sourceFile !== undefined && !has(sourceFile)) {
    findings.push(
      warning(
        'file/missing',
        `The source file \`${sourceFile}\` is not in the narrative folder.`,
        'keep the verbatim source text beside narrative.yaml (e.g. `source.txt`) or remove `source.file`',
        meta.locator.value(['source', 'file']),
      ),
    );
  }

  findings.push(
    ...checkReferences(meta, sections, allRead),
    ...checkEvidence(meta, sections),
    ...checkNumericAnswers(sections),
  );
  const sorted = sortFindings(findings);
  if (hasErrors(sorted)) return { findings: sorted };
  const narrative = assembleNarrative(meta, sections, options.dir);
  return narrative ? { narrative, findings: sorted } : { findings: sorted };
}
