import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips wrappers (optional, default, pipe…) down to the schema that checks the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** For a discriminated union, the option matching the data's discriminator value. */
function pickOption(d: Def, data: unknown): z.ZodType | undefined {
  if (!d.options || !d.discriminator || typeof data !== 'object' || data === null) return undefined;
  const tag = (data as Record<string, unknown>)[d.discriminator];
  return d.options.find((o) => {
    const field = def(unwrap(o)).shape?.[d.discriminator!];
    return field !== undefined && (def(field).values ?? []).includes(tag);
  });
}

/** The schema that governs the value at `path` in `data`, if it can be told. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  let value = data;
  for (const key of path) {
    if (!schema) return undefined;
    let d = def(schema);
    if (d.type === 'union') {
      const option = pickOption(d, value);
      if (!option) return undefined;
      schema = unwrap(option);
      d = def(schema);
    }
    if (d.type === 'object' && typeof key === 'string') schema = d.shape?.[key];
    else if (d.type === 'array') schema = d.element;
    else return undefined;
    schema = schema ? unwrap(schema) : undefined;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (schema && def(schema).type === 'union') return pickOption(def(schema), value) ?? schema;
  return schema;
}

/** The keys an object schema at `path` allows (empty when not an object). */
export function allowedKeys(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const schema = schemaAt(root, path, data);
  const shape = schema ? def(unwrap(schema)).shape : undefined;
  return shape ? Object.keys(shape) : [];
}
