import type { z } from 'zod';
import type { Finding } from '../findings.js';
import type { Paragraph, SourceLocation } from '../model.js';
import { SectionFrontmatterSchema } from '../schema/section-frontmatter.js';
import { findArtifacts } from './artifacts.js';
import { error } from './finding.js';
import { splitFrontmatter } from './frontmatter.js';
import { parseParagraphs } from './paragraphs.js';
import { findReviewMarks } from './review-marks.js';
import { parseYaml } from './yaml-document.js';
import type { YamlLocator } from './yaml-locator.js';
import { validate } from './validate.js';

export type SectionFrontmatter = z.output<typeof SectionFrontmatterSchema>;

/** One section file, parsed as far as it could be. */
export interface ParsedSection {
  file: string;
  /** The validated frontmatter; undefined when it has errors. */
  data?: SectionFrontmatter;
  /** The section id used to name unmarked paragraphs (the frontmatter id, or the file's stem). */
  id: string;
  paragraphs: Paragraph[];
  /** Where each paragraph's id is written (its marker, else the paragraph). */
  paragraphIdLocs: SourceLocation[];
  locator?: YamlLocator;
  loc: SourceLocation;
  findings: Finding[];
}

/** Parses a section file's frontmatter and body. `text` is normalised (LF, no BOM). Pure; never throws. */
export function parseSectionFile(file: string, text: string): ParsedSection {
  const loc: SourceLocation = { file, line: 1, column: 1 };
  const split = splitFrontmatter(text);
  const findings: Finding[] = [];
  let data: SectionFrontmatter | undefined;
  let locator: YamlLocator | undefined;
  let rawId: unknown;
  if (split.yaml === undefined) {
    findings.push(
      error(
        'schema/required',
        'The section file has no YAML frontmatter.',
        'start the file with a line `---`, then the fields (id, number, title, summary, keyPoints…), then a closing `---`',
        loc,
      ),
    );
  } else if (!split.closed) {
    findings.push(
      error(
        'yaml/syntax',
        'The frontmatter opened with `---` is never closed.',
        'add a line `---` after the last frontmatter field, before the prose',
        loc,
      ),
    );
  } else {
    const yaml = parseYaml(split.yaml, file, split.yamlLine);
    locator = yaml.locator;
    findings.push(...yaml.findings, ...findReviewMarks(file, split.yaml, split.yamlLine));
    if (yaml.ok) {
      rawId = (yaml.value as Record<string, unknown> | null)?.id;
      const checked = validate(SectionFrontmatterSchema, yaml.value, yaml.locator, 'the frontmatter');
      findings.push(...checked.findings);
      if (checked.data) data = keepNumberAsWritten(checked.data, yaml.locator);
    }
  }
  const id = data?.id ?? (typeof rawId === 'string' && rawId ? rawId : stem(file));
  const body = parseParagraphs(file, split.body, split.bodyLine);
  findings.push(...body.findings, ...findArtifacts(body.paragraphs, file));
  const paragraphs: Paragraph[] = body.paragraphs.map((p, index) => ({
    id: p.marker ?? `${id}-p${index + 1}`,
    sectionId: id,
    index,
    text: p.text,
    loc: p.loc,
  }));
  if (paragraphs.length === 0 && split.closed) {
    findings.push(
      error(
        'content/empty-section',
        'The section has no prose paragraphs.',
        'write the section text below the closing `---`, one paragraph per block, separated by blank lines',
        { file, line: split.bodyLine, column: 1 },
      ),
    );
  }
  const out: ParsedSection = {
    file,
    id,
    paragraphs,
    paragraphIdLocs: body.paragraphs.map((p) => p.markerLoc ?? p.loc),
    loc,
    findings,
  };
  if (data) out.data = data;
  if (locator) out.locator = locator;
  return out;
}

/** YAML reads `number: 01` as 1; the section number is kept as the author wrote it. */
function keepNumberAsWritten(data: SectionFrontmatter, locator: YamlLocator): SectionFrontmatter {
  const source = locator.source(['number']);
  return source && /^\d+$/.test(source) ? { ...data, number: source } : data;
}

function stem(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.md$/i, '').toLowerCase();
}
