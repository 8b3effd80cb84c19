import { describe, expect, it } from 'vitest';
import { allowedKeys, schemaAt } from '../src/parse/schema-at.js';
import { AuthoredItemSchema, SectionFrontmatterSchema } from '../src/schema/index.js';

// schema-at walks zod schemas through zod's public classes (instanceof, .shape, .element, .unwrap(), .options);
// these pin what the unknown-key hints rely on, so a zod upgrade that changes them fails here.
describe('schemaAt', () => {
  it('follows objects, arrays and wrappers to the schema of a value', () => {
    const data = { facts: [{ id: 'f1' }] };
    expect(allowedKeys(SectionFrontmatterSchema, ['facts', 0], data)).toEqual(expect.arrayContaining(['id', 'value']));
    expect(schemaAt(SectionFrontmatterSchema, ['nope'], data)).toBeUndefined();
  });

  it("picks a discriminated union's option by the data's discriminator", () => {
    const numeric = allowedKeys(AuthoredItemSchema, [], { type: 'numeric' });
    const choice = allowedKeys(AuthoredItemSchema, [], { type: 'single' });
    expect(numeric).toContain('tolerance');
    expect(choice).not.toContain('tolerance');
    expect(choice).toContain('options');
  });
});
