import type { Finding } from '../findings.js';
import type { NarrativeMeta } from '../model.js';
import { NarrativeMetaSchema } from '../schema/narrative-meta.js';
import { error } from './finding.js';
import { parseYaml } from './yaml-document.js';
import type { YamlLocator } from './yaml-locator.js';
import { validate } from './validate.js';

export const META_FILE = 'narrative.yaml';

/** `narrative.yaml`, parsed as far as it could be. */
export interface ParsedMeta {
  data?: NarrativeMeta;
  /** Section paths with their index in `sections:`, read even when other fields are invalid. */
  sections: { path: string; index: number }[];
  locator: YamlLocator;
  findings: Finding[];
}

/** Parses `narrative.yaml` (normalised text). Pure; never throws for content. */
export function parseMetaFile(text: string): ParsedMeta {
  const yaml = parseYaml(text, META_FILE, 1);
  const findings = [...yaml.findings];
  if (!yaml.ok) return { sections: [], locator: yaml.locator, findings };
  if (yaml.value === null || yaml.value === undefined) {
    findings.push(
      error(
        'schema/required',
        'narrative.yaml is empty.',
        'run `lectern new <id>` for a starting point, or add id, title and sections',
        { file: META_FILE, line: 1, column: 1 },
      ),
    );
    return { sections: [], locator: yaml.locator, findings };
  }
  const checked = validate(NarrativeMetaSchema, yaml.value, yaml.locator, 'narrative.yaml');
  findings.push(...checked.findings);
  const raw = (yaml.value as { sections?: unknown }).sections;
  const listed = checked.data?.sections ?? (Array.isArray(raw) ? raw : []);
  const sections = listed.flatMap((path, index) => (typeof path === 'string' ? [{ path, index }] : []));
  findings.push(...checkSectionPaths(sections, yaml.locator));
  const out: ParsedMeta = { sections: sections.filter((s) => safePath(s.path)), locator: yaml.locator, findings };
  if (checked.data) out.data = checked.data;
  return out;
}

/** A path that stays inside the narrative folder: relative, forward slashes, no `.`/`..` segments. */
export function insidePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[a-z]:/i.test(path) || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '..' && part !== '' && part !== '.');
}

/** A section path: inside the folder and ending in `.md`. */
export function safePath(path: string): boolean {
  return insidePath(path) && /\.md$/i.test(path);
}

function checkSectionPaths(sections: { path: string; index: number }[], locator: YamlLocator): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { path, index } of sections) {
    const loc = locator.value(['sections', index]);
    if (!safePath(path)) {
      findings.push(
        error(
          'schema/invalid',
          `Section path \`${path}\` is not a Markdown file inside the narrative folder.`,
          'write a relative path such as `sections/01-intro.md`, without `..` or a leading `/`',
          loc,
        ),
      );
    } else if (seen.has(path)) {
      findings.push(
        error('ref/duplicate-id', `Section file \`${path}\` is listed twice.`, 'list each section file once', loc),
      );
    }
    seen.add(path);
  }
  return findings;
}
