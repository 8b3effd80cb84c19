import { z } from 'zod';

/** Strips wrappers (optional, nullable, default, readonly, pipe…) down to the schema that checks the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodNonOptional ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodCatch
    ) {
      current = current.unwrap() as z.ZodType;
    } else return current;
  }
  return current;
}

/** For a discriminated union, the option matching the data's discriminator value. */
function pickOption(union: z.ZodType, data: unknown): z.ZodType | undefined {
  if (!(union instanceof z.ZodDiscriminatedUnion) || typeof data !== 'object' || data === null) return undefined;
  const key = union.def.discriminator;
  const tag = (data as Record<string, unknown>)[key];
  return (union.options as z.ZodType[]).find((option) => {
    const object = unwrap(option);
    const field = object instanceof z.ZodObject ? unwrap(object.shape[key] as z.ZodType) : undefined;
    return field instanceof z.ZodLiteral && field.values.has(tag as z.core.util.Literal);
  });
}

/** The schema that governs the value at `path` in `data`, if it can be told. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  let value = data;
  for (const key of path) {
    if (!schema) return undefined;
    if (schema instanceof z.ZodUnion) {
      const option = pickOption(schema, value);
      if (!option) return undefined;
      schema = unwrap(option);
    }
    if (schema instanceof z.ZodObject && typeof key === 'string') schema = schema.shape[key] as z.ZodType | undefined;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return undefined;
    schema = schema ? unwrap(schema) : undefined;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (schema instanceof z.ZodUnion) return pickOption(schema, value) ?? schema;
  return schema;
}

/** The keys an object schema at `path` allows (empty when not an object). */
export function allowedKeys(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const schema = schemaAt(root, path, data);
  const object = schema ? unwrap(schema) : undefined;
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}
