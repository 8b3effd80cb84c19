import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrativeJsonSchema, sectionJsonSchema } from '../src/index.js';

const committed = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));

describe('JSON Schema', () => {
  it('committed schema files equal the generated ones (run `pnpm -F @lectern/narrative gen:schema` after changing a zod schema)', () => {
    expect(committed('narrative.schema.json')).toEqual(narrativeJsonSchema());
    expect(committed('section.schema.json')).toEqual(sectionJsonSchema());
  });

  it('describes what authors write: fields with defaults are optional, unknown keys are refused', () => {
    const meta = narrativeJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(meta.required.sort()).toEqual(['id', 'sections', 'title']);
    expect(meta.additionalProperties).toBe(false);
    const section = sectionJsonSchema() as {
      required: string[];
      properties: { items: { items: { oneOf?: unknown[]; anyOf?: unknown[] } } };
    };
    expect(section.required.sort()).toEqual(['id', 'keyPoints', 'number', 'summary', 'title']);
    const variants = section.properties.items.items.oneOf ?? section.properties.items.items.anyOf;
    expect(variants).toHaveLength(8);
  });
});
