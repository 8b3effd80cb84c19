// Writes schema/narrative.schema.json and schema/section.schema.json from the built package (run `pnpm build` first).
import { writeFileSync } from 'node:fs';
import { narrativeJsonSchema, sectionJsonSchema } from '../dist/index.js';

const write = (name, schema) => writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('narrative.schema.json', narrativeJsonSchema());
write('section.schema.json', sectionJsonSchema());
