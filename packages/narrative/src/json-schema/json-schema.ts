import { z } from 'zod';
import { NarrativeMetaSchema } from '../schema/narrative-meta.js';
import { SectionFrontmatterSchema } from '../schema/section-frontmatter.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

function generate(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  // Note: io 'input' describes what authors write, so fields with defaults are optional.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { $schema: DRAFT, title, description, ...json };
}

/** JSON Schema for `narrative.yaml`, generated from `NarrativeMetaSchema` (for editors' YAML support). */
export function narrativeJsonSchema(): Record<string, unknown> {
  return generate(
    NarrativeMetaSchema,
    'Lectern narrative.yaml',
    'Everything about a Lectern narrative that is not a section: title, language, source, section files, entities, objectives, editorial changes, cuts.',
  );
}

/** JSON Schema for a section file's YAML frontmatter, generated from `SectionFrontmatterSchema`. */
export function sectionJsonSchema(): Record<string, unknown> {
  return generate(
    SectionFrontmatterSchema,
    'Lectern section frontmatter',
    'The YAML frontmatter of a Lectern section file: id, number, title, summary, key points, facts, quotes, events and authored quiz items.',
  );
}
